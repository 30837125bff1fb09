import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { PathSegment } from '../errors.js';

/*
 * Where each path of a document starts, recorded while its YAML nodes exist, so that a document parsed on a worker
 * thread (src/node/parse.ts) can be pointed into without parsing it again: lint points into thousands of files.
 * `locate` (locate.ts) reads these when a document has them and walks the nodes otherwise; both give the same place,
 * and tests/source/places.test.ts holds them to it.
 */

/** What a node is, as far as pointing into it goes: a mapping, a sequence, an alias, or anything else. */
export const NODE_KIND = { other: 0, map: 1, seq: 2, alias: 3 } as const;
export type NodeKind = (typeof NODE_KIND)[keyof typeof NODE_KIND];
const { other: OTHER, map: MAP, seq: SEQ, alias: ALIAS } = NODE_KIND;

/**
 * Every node reachable from a document's contents without passing through an alias, as parallel arrays indexed by
 * node number (0 is the contents): how its parent reaches it, and the offsets `locate` answers for it. Plain arrays,
 * so a worker thread can send them.
 */
export interface Places {
  parents: Int32Array;
  /**
   * How the parent reaches the node (see `segmentOf`): a key of a mapping as its number in `names`, an index k of a
   * sequence as −(k + 1). Numbers, so that the few keys a document repeats on every item are one string each, whether
   * kept here or sent from a worker thread (a catalog of 3,000 roles has half a million nodes).
   */
  segments: Int32Array;
  /** The document's keys, each once. */
  names: string[];
  /** Where the node's value starts (what a path to it points at). */
  values: Int32Array;
  /** Where its key starts (what a path to it points at when the key is asked for). */
  keys: Int32Array;
  kinds: Uint8Array;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range === undefined || range === null ? undefined : range[0];
}

function kindOf(node: unknown): NodeKind {
  return isMap(node) ? MAP : isSeq(node) ? SEQ : isAlias(node) ? ALIAS : OTHER;
}

/** The key (of a mapping) or index (of a sequence) by which its parent reaches node `i`. */
export function segmentOf(places: Places, i: number): string | number {
  const s = places.segments[i]!;
  return s >= 0 ? places.names[s]! : -s - 1;
}

/**
 * Collects the places of one document, node by node: the root first (node 0), then each node as its parent reaches
 * it. One way to number and store them, for the YAML nodes (`placesOf`) and for the parser events of the fast path
 * (src/load/plain.ts).
 */
export class PlacesBuilder {
  private readonly parents: number[] = [];
  private readonly segments: number[] = [];
  private readonly names = new Map<string, number>();
  private readonly values: number[] = [];
  private readonly keys: number[] = [];
  private readonly kinds: number[] = [];

  /** Adds a node and returns its number: `parent` -1 (and segment '') for the root. */
  add(parent: number, segment: string | number, value: number, key: number, kind: NodeKind): number {
    this.parents.push(parent);
    if (typeof segment === 'number') this.segments.push(-segment - 1);
    else {
      let name = this.names.get(segment);
      if (name === undefined) this.names.set(segment, (name = this.names.size));
      this.segments.push(name);
    }
    this.values.push(value);
    this.keys.push(key);
    this.kinds.push(kind);
    return this.parents.length - 1;
  }

  /** How many nodes so far. */
  get size(): number {
    return this.parents.length;
  }

  value(id: number): number {
    return this.values[id]!;
  }

  build(): Places {
    return {
      parents: Int32Array.from(this.parents),
      segments: Int32Array.from(this.segments),
      names: [...this.names.keys()],
      values: Int32Array.from(this.values),
      keys: Int32Array.from(this.keys),
      kinds: Uint8Array.from(this.kinds),
    };
  }
}

/** Records where every path of `doc` starts, as `locate` would find it by walking the nodes. */
export function placesOf(doc: Document.Parsed): Places {
  const places = new PlacesBuilder();
  const root = offsetOf(doc.contents) ?? 0;
  places.add(-1, '', root, root, kindOf(doc.contents));
  // Depth first with an explicit stack: documents are at most 100 levels deep (src/source/nesting.ts), but a stack
  // costs nothing either way.
  const stack: { node: unknown; id: number }[] = [{ node: doc.contents, id: 0 }];
  while (stack.length > 0) {
    const { node, id } = stack.pop()!;
    const at = places.value(id);
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        // The first of two equal keys is the one a path finds (the second is a DUPLICATE_KEY error).
        if (seen.has(key)) continue;
        seen.add(key);
        const next = pair.value ?? pair.key;
        const keyAt = offsetOf(pair.key);
        const child = places.add(id, key, offsetOf(next) ?? keyAt ?? at, keyAt ?? at, kindOf(next));
        stack.push({ node: next, id: child });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, k) => {
        const value = offsetOf(item) ?? at;
        stack.push({ node: item, id: places.add(id, k, value, value, kindOf(item)) });
      });
    }
  }
  return places.build();
}

/**
 * The children of each node, by `${parent}:${segment}`, made when a document has been pointed into a few times: lint
 * points into each of thousands of files once or twice, where finding the few nodes of a path by scanning is cheaper
 * than indexing every node of the file.
 */
const childIndexes = new WeakMap<Places, Map<string, number>>();
/** How many paths were found in each document by scanning, before its index is made. */
const scans = new WeakMap<Places, number>();
const SCANS_BEFORE_INDEX = 8;

function childIndex(places: Places): Map<string, number> | undefined {
  let index = childIndexes.get(places);
  if (index !== undefined) return index;
  const scanned = scans.get(places) ?? 0;
  if (scanned < SCANS_BEFORE_INDEX) {
    scans.set(places, scanned + 1);
    return undefined;
  }
  index = new Map();
  for (let i = 1; i < places.parents.length; i++) {
    const name = `${places.parents[i]!}:${String(segmentOf(places, i))}`;
    if (!index.has(name)) index.set(name, i);
  }
  childIndexes.set(places, index);
  return index;
}

/**
 * The first node whose parent is `id` and whose segment reads as `seg` (a key "0" and an index 0 alike, as in the
 * index), or undefined. A node comes after its parent in either numbering (src/source/places.ts, src/load/plain.ts).
 */
function childByScan(places: Places, id: number, seg: PathSegment): number | undefined {
  const { parents, segments, names } = places;
  const text = String(seg);
  // A key is found by its text (a key "0" by 0 too), an item of a sequence by its index as a segment (placeOf asks a
  // sequence for numbers only).
  const index = typeof seg === 'number' ? -seg - 1 : 0;
  for (let i = id + 1; i < parents.length; i++) {
    if (parents[i] !== id) continue;
    const s = segments[i]!;
    if (s >= 0 ? names[s] === text : s === index) return i;
  }
  return undefined;
}

/**
 * The offset `path` points at, as `locate` defines it (the nearest existing ancestor when the path does not exist);
 * undefined when the path goes on through an alias, which only the nodes can follow.
 */
export function placeOf(places: Places, path: readonly PathSegment[], at: 'key' | 'value'): number | undefined {
  const index = childIndex(places);
  let id = 0;
  let offset = places.values[0]!;
  for (let i = 0; i < path.length; i++) {
    const kind = places.kinds[id];
    if (kind === ALIAS) return undefined;
    const seg = path[i]!;
    if (kind !== MAP && !(kind === SEQ && typeof seg === 'number')) break;
    const child = index === undefined ? childByScan(places, id, seg) : index.get(`${id}:${String(seg)}`);
    if (child === undefined) break;
    offset = i === path.length - 1 && at === 'key' ? places.keys[child]! : places.values[child]!;
    id = child;
  }
  return offset;
}
