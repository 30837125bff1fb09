/** Keys that could reach Object.prototype if copied carelessly; rejected wherever they appear. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
