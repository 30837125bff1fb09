/**
 * A scalar read from YAML or JSON as text: strings as they are, numbers, booleans and null as JSON writes them (the
 * same as `String` for these). Anything else is written as JSON instead of `[object Object]`.
 */
export function scalarString(v: unknown): string {
  if (typeof v === 'string') return v;
  return JSON.stringify(v) ?? String(v);
}
