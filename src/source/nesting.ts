// The `yaml` parser recurses once per nesting level. Near the end of the stack V8 may fail to compile a regular
// expression and abort the whole process (a fatal out-of-memory error, not a catchable RangeError): about a thousand
// `- ` on one line did so in a test worker. So no text nested deeper than this reaches the parser.

/** The deepest nesting a YAML or JSON text may have; real catalog files stay under ten. */
export const MAX_NESTING = 100;

const OPENERS = new Set(['[', '{']);
const CLOSERS = new Set([']', '}']);
/** What may come right before a `[` or `{` that opens a flow collection (anything else makes it text). */
const FLOW_CONTEXT = new Set([':', '-', ',', '[', '{', '?', '!', '&']);

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
    while (i < end && text[i] === ' ') i++;
    if (i < end && text[i] !== '#' && text[i] !== '\r') {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let compact = 0;
      while ((text[i] === '-' || text[i] === '?' || text[i] === ':') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        if (indents.length + ++compact + flow > limit) return i;
        i += 2;
        while (text[i] === ' ' || text[i] === '\t') i++;
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
  let quote: string | undefined;
  let previous = ':';
  let keys = 0;
  for (let k = from; k < end; k++) {
    const c = text[k]!;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') k++;
      continue;
    }
    if (c === '"' || c === "'") {
      if (FLOW_CONTEXT.has(previous)) quote = c;
    } else if (c === '#' && (k === from || text[k - 1] === ' ')) break;
    else if (OPENERS.has(c)) {
      if (!FLOW_CONTEXT.has(previous)) {
        previous = 'x'; // a bracket inside text: neither it nor the brackets right after it open anything
        continue;
      }
      depth++;
      keys = 0;
      if (depth + block > limit) return -k - 1;
    } else if (CLOSERS.has(c)) {
      depth = Math.max(0, depth - 1);
      keys = 0;
    } else if (c === ',') keys = 0;
    else if (c === ':' && (text[k + 1] === ' ' || text[k + 1] === '\t') && depth + block + ++keys > limit)
      return -k - 1;
    if (c !== ' ' && c !== '\t') previous = c;
  }
  return depth;
}
