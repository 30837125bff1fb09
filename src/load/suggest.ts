import { distance } from 'fastest-levenshtein';

/** The candidate closest to `input`, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = distance(needle, c.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = c;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
  return bestScore <= allowed ? best : undefined;
}

/** A "did you mean" hint, or undefined. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const c = closest(input, candidates);
  return c === undefined ? undefined : `Did you mean "${c}"?`;
}

/** The "did you mean" hint in both languages, or undefined. */
export function suggestion(input: string, candidates: Iterable<string>): { en: string; zh: string } | undefined {
  const c = closest(input, candidates);
  return c === undefined ? undefined : { en: `Did you mean "${c}"?`, zh: `是不是要写 "${c}"？` };
}
