/** A message from a library (yaml, zod) as a sentence: trimmed, capitalized, ending in a period. */
export function sentence(msg: string): string {
  const trimmed = msg.trim();
  const cap = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(cap) ? cap : `${cap}.`;
}
