import { isAlias, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { PathSegment } from '../errors.js';
import type { SourceDocument } from './document.js';
import { placeOf } from './places.js';

interface Position {
  line: number;
  column: number;
}

/**
 * Where a path points in a document: the key node with `at: 'key'`, else the value node; the nearest existing ancestor
 * when the path does not exist.
 */
export function locate(src: SourceDocument, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Position {
  const place = src.places === undefined ? undefined : placeOf(src.places, path, at);
  if (place !== undefined) {
    const pos = src.lineCounter.linePos(place);
    return { line: pos.line, column: pos.col };
  }
  let node: unknown = src.doc.contents;
  let offset = offsetOf(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(src.doc);
    const seg = path[i];
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyString(p.key) === String(seg));
      if (pair !== undefined) {
        keyNode = pair.key;
        next = pair.value ?? pair.key;
      }
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined && keyNode === undefined) break;
    const last = i === path.length - 1;
    const target = last && at === 'key' && keyNode !== undefined ? keyNode : next;
    offset = offsetOf(target) ?? offsetOf(keyNode) ?? offset;
    node = next;
  }
  const pos = src.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function offsetOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range === undefined || range === null ? undefined : range[0];
}
