import { positionsOf, type Positions } from '../source/position.js';
import type { JdPosition, JobDescription } from './types.js';

const cache = new WeakMap<object, Positions>();

/** The positions of a JD's text, computed once per JD: the reader, the claims and the rules share them. */
export function positionsOfJd(jd: Pick<JobDescription, 'text'>): Positions {
  let positions = cache.get(jd);
  if (positions === undefined) cache.set(jd, (positions = positionsOf(jd.text)));
  return positions;
}

/** The 1-based line and column of a 0-based `offset` in `jd.text` (for rules that report a span inside an item). */
export function positionAt(jd: Pick<JobDescription, 'text'>, offset: number): JdPosition {
  return positionsOfJd(jd)(offset);
}
