import { dequal } from 'dequal';
import type { PathSegment } from '../errors.js';
import type { VocabularyKind } from '../model/index.js';
import type { SourceDocument } from '../source/document.js';
import type { Target } from '../source/report.js';
import type { Catalog } from './catalog.js';
import { KEYED } from './merge.js';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The parsed documents behind a catalog, indexed so a finding about a role or vocabulary entry can point at its node.
 */
export class SourceIndex {
  private readonly roles = new Map<string, SourceDocument>();
  private readonly entries = new Map<string, { source: SourceDocument; index: number }>();
  /** The `kind: Catalog` document, if any. */
  readonly settings: SourceDocument | undefined;

  constructor(
    private readonly catalog: Catalog,
    documents: readonly SourceDocument[],
  ) {
    let settings: SourceDocument | undefined;
    for (const src of documents) {
      const v = src.value;
      if (!isObject(v)) continue;
      if (v.kind === 'Role' && typeof v.id === 'string') {
        if (!this.roles.has(v.id)) this.roles.set(v.id, src);
      } else if (v.kind === 'Vocabulary' && typeof v.vocabulary === 'string' && Array.isArray(v.entries)) {
        v.entries.forEach((e: unknown, index) => {
          const key = isObject(e) && typeof e.id === 'string' ? `${String(v.vocabulary)}:${e.id}` : undefined;
          if (key !== undefined && !this.entries.has(key)) this.entries.set(key, { source: src, index });
        });
      } else if (v.kind === 'Catalog') {
        settings ??= src;
      }
    }
    this.settings = settings;
  }

  /** The parsed document a role is written in, when known. */
  roleSource(id: string): SourceDocument | undefined {
    return this.roles.get(id);
  }

  /** The file a role came from, or `<catalog>` for a role built in code. */
  roleFile(id: string): string {
    return this.roles.get(id)?.file ?? this.catalog.sources.get(id) ?? '<catalog>';
  }

  /**
   * Where `path` of the resolved role (with `extends` applied) is written: the role's own document if it defines that
   * part, else the nearest ancestor along `extends` that does. Falls back to the role's own document (pointing at the
   * nearest existing parent node), or to the role's file when no document is known.
   */
  role(id: string, path: readonly PathSegment[]): Target {
    const resolved = this.catalog.find(id);
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined && !seen.has(cur); cur = this.catalog.find(cur)?.extends) {
      seen.add(cur);
      const src = this.roles.get(cur);
      if (src === undefined || resolved === undefined) continue;
      const mapped = mapPath(resolved, src.value, path);
      if (mapped !== undefined) return { source: src, path: mapped };
    }
    const own = this.roles.get(id);
    return own !== undefined ? { source: own, path: [...path] } : { file: this.roleFile(id), path: [...path] };
  }

  /** Whether the catalog's own files define a vocabulary entry (not a base catalog or the built-in lists). */
  hasEntry(kind: VocabularyKind, id: string): boolean {
    return this.entries.has(`${kind}:${id}`);
  }

  /** Where `sub` of a vocabulary entry is written (`entries[i]…` in its vocabulary document). */
  entry(kind: VocabularyKind, id: string, sub: readonly PathSegment[] = []): Target {
    const at = this.entries.get(`${kind}:${id}`);
    return at !== undefined
      ? { source: at.source, path: ['entries', at.index, ...sub] }
      : { file: '<catalog>', path: [] };
  }
}

/**
 * Maps a path in the resolved role to the same part of a role document, or undefined when the document does not
 * write that part. List items are matched by their merge key (duties by id, KPIs by ref…) or, in plain lists, by value.
 */
function mapPath(resolved: unknown, written: unknown, path: readonly PathSegment[]): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  let r = resolved;
  let w = written;
  let listKey = '';
  for (const seg of path) {
    if (typeof seg === 'number') {
      if (!Array.isArray(r) || !Array.isArray(w)) return undefined;
      const item: unknown = r[seg];
      const keyOf = KEYED[listKey];
      const same = (x: unknown) =>
        keyOf !== undefined && isObject(x) && isObject(item) ? keyOf(x) === keyOf(item) : dequal(x, item);
      const j = w.findIndex(same);
      if (j < 0) return undefined;
      out.push(j);
      r = item;
      w = w[j];
    } else {
      if (!isObject(r) || !isObject(w) || w[seg] === undefined) return undefined;
      out.push(seg);
      r = r[seg];
      w = w[seg];
      listKey = seg;
    }
  }
  return out;
}
