import { sameMeaning } from './delta.js';
import { LIST_KEYS } from './yaml.js';

/**
 * `value` with every part that means the same as the document already written (`sameMeaning`) taken from `written`,
 * so an update leaves those parts as they are in the file. `parsed` is `written` as the model reads it (same shape,
 * trimmed texts). Keys written as empty (`focus: []`) that `value` leaves out are kept; list items are matched by their
 * key (duties by id, KPIs by ref…) or, in plain lists, by meaning. Returns `written` itself when all of it means the
 * same.
 */
export function preserveWritten(written: unknown, parsed: unknown, value: unknown, listKey = ''): unknown {
  if (sameMeaning(parsed, value)) return written;
  if (isPlainObject(written) && isPlainObject(parsed) && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = Object.hasOwn(written, k) ? preserveWritten(written[k], parsed[k], v, k) : v;
    for (const k of Object.keys(written))
      if (!Object.hasOwn(out, k) && written[k] !== undefined && sameMeaning(parsed[k], undefined)) out[k] = written[k];
    return out;
  }
  if (Array.isArray(written) && Array.isArray(parsed) && Array.isArray(value) && written.length === parsed.length) {
    const [w, p] = [written as unknown[], parsed as unknown[]];
    const keyOf = LIST_KEYS[listKey];
    const used = new Set<number>();
    return (value as unknown[]).map((item) => {
      const key = keyOf?.(item);
      const j = p.findIndex((x, i) =>
        used.has(i) ? false : keyOf !== undefined && key !== undefined ? keyOf(x) === key : sameMeaning(x, item),
      );
      if (j < 0) return item;
      used.add(j);
      return preserveWritten(w[j], p[j], item, listKey);
    });
  }
  return value;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
