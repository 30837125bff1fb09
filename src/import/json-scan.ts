import type { Bilingual } from '../errors.js';

/** What the scanner wanted where it stopped. */
export type JsonExpectation = 'value' | 'key' | 'colon' | 'separator' | 'end' | 'string' | 'number' | 'escape';

/** The expectation in words, for `… (a value was expected)`. */
export const EXPECTED: Readonly<Record<JsonExpectation, Bilingual>> = {
  value: { en: 'a value: an object, array, "text", number, true, false or null', zh: '一个值：对象、数组、"文字"、数字、true、false 或 null' },
  key: { en: 'a key in double quotes', zh: '用双引号括起的键' },
  colon: { en: 'a colon after the key', zh: '键后面的冒号' },
  separator: { en: 'a comma or a closing bracket', zh: '逗号或右括号' },
  end: { en: 'the end of the file', zh: '文件结尾' },
  string: { en: 'the closing double quote', zh: '右双引号' },
  number: { en: 'a digit', zh: '数字' },
  escape: { en: 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX', zh: '转义序列：\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX' },
};

export interface JsonScan {
  /** The first place the text stops being strict JSON (RFC 8259), as an offset in UTF-16 code units. */
  error?: { offset: number; expected: JsonExpectation };
  /** Keys given twice in one object: the second key's offset and the first's. */
  duplicates: { key: string; offset: number; first: number }[];
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Checks that `text` is strict JSON, finding the first offending token (what `JSON.parse` rejects, with its place) and
 * every key repeated within one object (which `JSON.parse` silently resolves to the last). Iterative, so any depth of
 * nesting is scanned without recursion.
 */
export function scanJson(text: string): JsonScan {
  const duplicates: JsonScan['duplicates'] = [];
  const stack: { array: boolean; keys: Map<string, number> | undefined }[] = [];
  type State = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'after';
  let state: State = 'value';
  let i = 0;
  const n = text.length;
  const fail = (offset: number, expected: JsonExpectation): JsonScan => ({ error: { offset, expected }, duplicates });
  for (;;) {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
    if (i >= n) return state === 'after' && stack.length === 0 ? { duplicates } : fail(n, expectationOf(state, stack));
    const c = text[i]!;
    switch (state) {
      case 'keyOrClose':
      case 'key': {
        if (state === 'keyOrClose' && c === '}') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (c !== '"') return fail(i, 'key');
        const start = i;
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.expected);
        const key = JSON.parse(text.slice(start, end)) as string;
        const keys = stack[stack.length - 1]!.keys!;
        const first = keys.get(key);
        if (first !== undefined) duplicates.push({ key, offset: start, first });
        else keys.set(key, start);
        i = end;
        state = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return fail(i, 'colon');
        i++;
        state = 'value';
        break;
      case 'valueOrClose':
      case 'value': {
        if (state === 'valueOrClose' && c === ']') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        if (c === '{') {
          stack.push({ array: false, keys: new Map() });
          i++;
          state = 'keyOrClose';
          break;
        }
        if (c === '[') {
          stack.push({ array: true, keys: undefined });
          i++;
          state = 'valueOrClose';
          break;
        }
        let end: number | { offset: number; expected: JsonExpectation };
        if (c === '"') end = scanString(text, i);
        else if (c === '-' || (c >= '0' && c <= '9')) end = scanNumber(text, i);
        else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (word === undefined) return fail(i, 'value');
          end = i + word.length;
        }
        if (typeof end !== 'number') return fail(end.offset, end.expected);
        i = end;
        state = 'after';
        break;
      }
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) return fail(i, 'end');
        if (c === ',') {
          i++;
          state = top.array ? 'value' : 'key';
        } else if (c === (top.array ? ']' : '}')) {
          stack.pop();
          i++;
        } else return fail(i, 'separator');
        break;
      }
    }
  }
}

function expectationOf(state: string, stack: readonly unknown[]): JsonExpectation {
  if (state === 'key' || state === 'keyOrClose') return 'key';
  if (state === 'colon') return 'colon';
  if (state === 'after') return stack.length > 0 ? 'separator' : 'end';
  return 'value';
}

/** The offset after the string starting at `i` (a double quote), or where it goes wrong. */
function scanString(text: string, i: number): number | { offset: number; expected: JsonExpectation } {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code < 0x20) return { offset: j, expected: 'string' };
    if (code === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { offset: j, expected: 'escape' };
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return { offset: j, expected: 'escape' };
    }
  }
  return { offset: text.length, expected: 'string' };
}

/** The offset after the number starting at `i`, or where it goes wrong: `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`. */
function scanNumber(text: string, i: number): number | { offset: number; expected: JsonExpectation } {
  const digit = (j: number) => j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39;
  let j = i;
  if (text[j] === '-') j++;
  if (!digit(j)) return { offset: j, expected: 'number' };
  if (text[j] === '0') j++;
  else while (digit(j)) j++;
  if (text[j] === '.') {
    j++;
    if (!digit(j)) return { offset: j, expected: 'number' };
    while (digit(j)) j++;
  }
  if (text[j] === 'e' || text[j] === 'E') {
    j++;
    if (text[j] === '+' || text[j] === '-') j++;
    if (!digit(j)) return { offset: j, expected: 'number' };
    while (digit(j)) j++;
  }
  return j;
}

/** What to do about the token the scanner stopped at: YAML and JavaScript habits get their own advice. */
export function syntaxHint(token: string | undefined, expected: JsonExpectation): Bilingual {
  if (token === undefined) return { en: 'The file ends before every bracket and quote is closed; it may have been cut off.', zh: '文件在括号或引号闭合之前就结束了，可能被截断。' };
  if (token === "'") return { en: 'JSON strings and keys take double quotes "…", not single quotes.', zh: 'JSON 中的字符串和键须使用双引号 "…"，不能用单引号。' };
  if (token === '#' || token === '/') return { en: 'JSON has no comments; remove them.', zh: 'JSON 不支持注释，请删除。' };
  if (token === '!' || token === '&' || token === '*') return { en: 'YAML tags (`!!str`), anchors and aliases are not JSON; write the plain value.', zh: 'YAML 的标签（`!!str`）、锚点和别名不是 JSON，请直接写出值。' };
  if ((token === '}' || token === ']') && (expected === 'key' || expected === 'value')) return { en: 'Remove the comma before the closing bracket: JSON allows no trailing comma.', zh: '请删除右括号前的逗号：JSON 不允许末尾逗号。' };
  if (/^[\p{L}_$]$/u.test(token)) {
    return {
      en: 'This looks like YAML or JavaScript: in JSON every key and every text is in double quotes, e.g. {"level": "senior"}. Import YAML by copying the files into the catalog directory.',
      zh: '这看起来像 YAML 或 JavaScript：JSON 中每个键和每段文字都须用双引号括起，例如 {"level": "senior"}。YAML 文件请直接复制到目录中。',
    };
  }
  return { en: 'A comma, colon, quote or bracket is missing or out of place.', zh: '此处缺少或多出了逗号、冒号、引号或括号。' };
}
