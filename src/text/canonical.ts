import stableStringify from 'safe-stable-stringify';

/**
 * A value as JSON with every object's keys in order, so that two values alike give one text however they were built
 * (what an item's fingerprint is made of). safe-stable-stringify: three times as fast as a replacer that sorts each
 * object's keys, which was a tenth of packing 3,000 roles for the comparison kernel.
 */
export function canonicalJson(value: unknown): string {
  return stableStringify(value) ?? '';
}
