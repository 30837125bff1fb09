// The `yaml` parser recurses once per nesting level. Near the end of the stack V8 may fail to compile a regular
// expression and abort the whole process (a fatal out-of-memory error, not a catchable RangeError): about a thousand
// `- ` on one line did so in a test worker. So no text nested deeper than this reaches the parser.

/** The deepest nesting a YAML or JSON text may have; real catalog files stay under ten. */
export const MAX_NESTING = 100;

const SPACE = 0x20;
const TAB = 0x09;
const CR = 0x0d;
const HASH = 0x23;
const DASH = 0x2d;
const QUESTION = 0x3f;
const COLON = 0x3a;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
/** Whether a character (a code unit) may come right before a `[` or `{` that opens a flow collection (anything else
 * makes it text): `:`, `-`, `,`, `[`, `{`, `?`, `!`, `&`. */
const flowContext = (c: number): boolean =>
  c === COLON ||
  c === DASH ||
  c === COMMA ||
  c === OPEN_BRACKET ||
  c === OPEN_BRACE ||
  c === QUESTION ||
  c === 0x21 ||
  c === 0x26;

/**
 * The offset at which `text` first nests deeper than `limit` levels, or undefined. Counts block levels (each deeper
 * indentation, and each compact `- `, `? ` or `: ` at a line's start) and flow levels (`[` and `{` where a value can
 * start, outside quotes and comments, and each `: ` of a line). An estimate that errs towards counting more; linear in
 * the text.
 */
export function deepNestingAt(text: string, limit = MAX_NESTING): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline < 0 ? text.length : newline;
    let i = lineStart;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    const first = text.charCodeAt(i);
    if (i < end && first !== HASH && first !== CR) {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let compact = 0;
      for (let c = first; c === DASH || c === QUESTION || c === COLON; c = text.charCodeAt(i)) {
        const next = text.charCodeAt(i + 1);
        if (next !== SPACE && next !== TAB) break;
        if (indents.length + ++compact + flow > limit) return i;
        i += 2;
        for (let w = text.charCodeAt(i); w === SPACE || w === TAB; w = text.charCodeAt(i)) i++;
      }
      if (indents.length + compact + flow > limit) return i;
      flow = flowDepth(text, i, end, flow, indents.length + compact, limit);
      if (flow < 0) return -flow - 1;
    }
    lineStart = end + 1;
  }
  return undefined;
}

/**
 * The flow depth after `text[from, end)`, or -(offset + 1) where it goes over `limit` with `block` levels around.
 * Each `: ` outside quotes counts as a level too, up to the next `,` or bracket: `a: b: c: …` is a mapping in a mapping for the
 * parser (an error, but one it recurses into first; 3,000 of them in a list item overflowed its stack).
 */
function flowDepth(text: string, from: number, end: number, depth: number, block: number, limit: number): number {
  let quote = 0; // the open quote's character, or 0
  let previous = COLON;
  let keys = 0;
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === BACKSLASH && quote === DOUBLE_QUOTE) k++;
      continue;
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      if (flowContext(previous)) quote = c;
    } else if (c === HASH && (k === from || text.charCodeAt(k - 1) === SPACE)) break;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (!flowContext(previous)) {
        previous = 0; // a bracket inside text: neither it nor the brackets right after it open anything
        continue;
      }
      depth++;
      keys = 0;
      if (depth + block > limit) return -k - 1;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      depth = Math.max(0, depth - 1);
      keys = 0;
    } else if (c === COMMA) keys = 0;
    else if (c === COLON) {
      const next = text.charCodeAt(k + 1);
      if ((next === SPACE || next === TAB) && depth + block + ++keys > limit) return -k - 1;
    }
    if (c !== SPACE && c !== TAB) previous = c;
  }
  return depth;
}
