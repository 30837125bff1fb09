import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  parseEvents,
  type Event,
  type ScalarEvent,
} from 'js-yaml';
import { NODE_KIND, PlacesBuilder, type Places } from '../source/places.js';
import { FORBIDDEN_KEYS } from './forbidden.js';

/*
 * The fast path of the loader. The yaml library (src/load/parse.ts) builds a node tree with comments, ranges and
 * errors, which every diagnostic and every edit needs, and it reads about 3 MB a second; a catalog of 3,000 roles is
 * 24 MB. js-yaml's event parser reads the same text four to five times faster. A plain document (one document, no
 * anchors, aliases, tags or directives, text keys, every scalar where this file can say where it starts) is read by
 * it: its value and its places (src/source/places.ts) are what the yaml library gives, and tests/load/plain.test.ts
 * holds the two to that on every catalog file of the repository and on thousands of mutated ones. Anything else,
 * including any error, is declined (`undefined`) and read by the yaml library, which reports it.
 */

const { DOCUMENT, SEQUENCE, MAPPING, SCALAR, POP } = EVENT_ID;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;

/**
 * A block scalar's header line: what comes before the indicator (indentation, `- ` entries, a plain key and its colon),
 * then the indicator, its modifiers and a comment. Anything fancier (quotes, flow brackets) is left to the yaml library.
 */
const BLOCK_HEADER =
  /^([ ]*(?:-[ ]+)*(?:[^\s"'#|>&*!%@`{}[\],?:-][^"'#|>{}[\]]*?:[ ]+)?)[|>][1-9+-]{0,2}[ ]*(?:#.*)?\r?$/u;
/**
 * Under YAML's limit on the length of an implicit key, in code units (a character is one or two): for the key itself
 * and for the distance from its start to its value's.
 */
const MAX_KEY_CHARS = 1000;
/** A number with an exponent, as the core schema writes one. */
const EXPONENT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/u;
/** A plain key the core schema reads as text for sure: not empty, not null, true, false or a number. */
const SURELY_TEXT_KEY = /^(?![-+.~0-9])(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$)./u;

/** Where the node of a scalar event starts, as the yaml library puts it; undefined when this cannot tell. */
function scalarStart(source: string, e: ScalarEvent): number | undefined {
  if (e.valueStart < 0) return undefined; // an empty value: the yaml library places it after the indicator
  if (e.style === PLAIN) return e.valueStart;
  if (e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED) return e.valueStart - 1;
  // A block scalar: its content starts on the line after the header, where the node starts at `|` or `>`.
  if (e.valueStart === 0 || source.charCodeAt(e.valueStart - 1) !== 10) return undefined;
  const lineStart = source.lastIndexOf('\n', e.valueStart - 2) + 1;
  const header = BLOCK_HEADER.exec(source.slice(lineStart, e.valueStart - 1));
  return header === null ? undefined : lineStart + header[1]!.length;
}

/** Reads `source` (no BOM) when it is a plain document; undefined when only the yaml library can read it. */
export function parsePlain(source: string): { value: unknown; places: Places } | undefined {
  // Cheap refusals first, where the two libraries read text differently or only the yaml library says what is wrong:
  // a BOM, tabs, line breaks other than LF and CRLF, directives and document markers, merge keys.
  if (
    source.charCodeAt(0) === 0xfeff ||
    source.includes('\t') ||
    /\r(?!\n)|[\u0085\u2028\u2029]|^(?:%|---|\.\.\.)/mu.test(source) ||
    source.includes('<<')
  ) {
    return undefined;
  }
  let events: Event[];
  try {
    events = parseEvents(source, {});
  } catch {
    return undefined;
  }
  const places = new PlacesBuilder();
  /** Open collections: their node, whether a mapping, how many children so far, and a mapping's pending key. */
  const open: { id: number; map: boolean; count: number; key: string; keyAt: number }[] = [];
  let documents = 0;
  for (const e of events) {
    if (e.type === DOCUMENT) {
      if (++documents > 1 || e.explicitStart || e.explicitEnd || e.directives.length > 0) return undefined;
      continue;
    }
    if (e.type === POP) {
      open.pop();
      continue;
    }
    if (e.type !== SEQUENCE && e.type !== MAPPING && e.type !== SCALAR) return undefined; // an alias
    if (e.anchorStart >= 0 || e.tagStart >= 0) return undefined;
    const start = e.type === SCALAR ? scalarStart(source, e) : e.start;
    if (start === undefined) return undefined;
    const kind = e.type === MAPPING ? NODE_KIND.map : e.type === SEQUENCE ? NODE_KIND.seq : NODE_KIND.other;
    const parent = open[open.length - 1];
    let id: number;
    if (parent === undefined) {
      if (places.size > 0) return undefined;
      id = places.add(-1, '', start, start, kind);
    } else if (parent.map && parent.count % 2 === 0) {
      // A key: text the yaml library would also read as text, and none that could reach a prototype.
      // The yaml library refuses implicit keys over 1,024 characters, as YAML says.
      if (e.type !== SCALAR || e.valueEnd - e.valueStart > MAX_KEY_CHARS) return undefined;
      const key = getScalarValue(source, e);
      if ((e.style === PLAIN && !SURELY_TEXT_KEY.test(key)) || FORBIDDEN_KEYS.has(key)) return undefined;
      parent.key = key;
      parent.keyAt = start;
      parent.count++;
      continue;
    } else {
      // The yaml library also wants a key's `:` within 1,024 characters of its start.
      if (parent.map && start - parent.keyAt > MAX_KEY_CHARS) return undefined;
      id = parent.map
        ? places.add(parent.id, parent.key, start, parent.keyAt, kind)
        : places.add(parent.id, parent.count, start, start, kind);
      parent.count++;
    }
    // A plain number with an exponent may be too large for a double: the yaml library reads 1e400 as Infinity,
    // js-yaml as text. Text that only starts with a digit ("3-5 years") is read alike.
    if (e.type === SCALAR && e.style === PLAIN) {
      const text = source.slice(e.valueStart, e.valueEnd);
      if (EXPONENT.test(text) && !Number.isFinite(Number(text))) return undefined;
    }
    if (e.type !== SCALAR) open.push({ id, map: e.type === MAPPING, count: 0, key: '', keyAt: 0 });
  }
  if (documents !== 1 || places.size === 0) return undefined;
  let values: unknown[];
  try {
    values = constructFromEvents(events, { source, schema: CORE_SCHEMA });
  } catch {
    return undefined; // e.g. a duplicate key: the yaml library says where
  }
  return values.length === 1 ? { value: values[0], places: places.build() } : undefined;
}
