import { printParseErrorCode, visit } from 'jsonc-parser';
import type { Bilingual } from '../errors.js';

/** What the scanner wanted where it stopped. */
type JsonExpectation = 'value' | 'key' | 'colon' | 'separator' | 'end' | 'string' | 'number' | 'escape' | 'nesting';

/** The expectation in words, for `… (a value was expected)`. */
export const EXPECTED: Readonly<Record<JsonExpectation, Bilingual>> = {
  value: {
    en: 'a value: an object, array, "text", number, true, false or null',
    zh: '一个值：对象、数组、"文字"、数字、true、false 或 null',
  },
  key: { en: 'a key in double quotes', zh: '用双引号括起的键' },
  colon: { en: 'a colon after the key', zh: '键后面的冒号' },
  separator: { en: 'a comma or a closing bracket', zh: '逗号或右括号' },
  end: { en: 'the end of the file', zh: '文件结尾' },
  string: { en: 'the closing double quote', zh: '右双引号' },
  number: { en: 'a digit', zh: '数字' },
  escape: {
    en: 'an escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX',
    zh: '转义序列：\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX',
  },
  nesting: { en: 'less deeply nested data', zh: '嵌套层级更少的数据' },
};

interface JsonScan {
  /** The first place the text stops being strict JSON (RFC 8259), as an offset in UTF-16 code units. */
  error?: { offset: number; expected: JsonExpectation };
  /** Keys given twice in one object: the second key's offset and the first's. */
  duplicates: { key: string; offset: number; first: number }[];
}

/** What jsonc-parser's error codes (by name: its enum is `const`) mean the text lacked. */
const EXPECTATION: Readonly<Record<string, JsonExpectation>> = {
  InvalidSymbol: 'value',
  InvalidNumberFormat: 'number',
  PropertyNameExpected: 'key',
  ValueExpected: 'value',
  ColonExpected: 'colon',
  CommaExpected: 'separator',
  CloseBraceExpected: 'separator',
  CloseBracketExpected: 'separator',
  EndOfFileExpected: 'end',
  InvalidCommentToken: 'value',
  UnexpectedEndOfComment: 'value',
  UnexpectedEndOfString: 'string',
  UnexpectedEndOfNumber: 'number',
  InvalidUnicode: 'escape',
  InvalidEscapeCharacter: 'escape',
  InvalidCharacter: 'string',
};

/**
 * Checks that `text` is strict JSON (RFC 8259: no comments, no trailing commas), finding the first offending token
 * and every key repeated within one object (which `JSON.parse` silently resolves to the last). The tokens come from
 * jsonc-parser (Microsoft's JSON scanner behind VS Code), run in its strict mode. Nesting too deep for its recursion is
 * reported as an error at the start.
 */
export function scanJson(text: string): JsonScan {
  const duplicates: JsonScan['duplicates'] = [];
  const objects: Map<string, number>[] = [];
  let error: JsonScan['error'];
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          objects.push(new Map());
        },
        onObjectEnd: () => {
          objects.pop();
        },
        onObjectProperty: (key, offset) => {
          const keys = objects[objects.length - 1];
          const first = keys?.get(key);
          if (first !== undefined) duplicates.push({ key, offset, first });
          else keys?.set(key, offset);
        },
        onError: (code, offset) => {
          error ??= { offset, expected: EXPECTATION[printParseErrorCode(code)] ?? 'value' };
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    return { error: { offset: 0, expected: 'nesting' }, duplicates };
  }
  return error === undefined ? { duplicates } : { error, duplicates };
}

/** What to do about the token the scanner stopped at: YAML and JavaScript habits get their own advice. */
export function syntaxHint(token: string | undefined, expected: JsonExpectation): Bilingual {
  if (token === undefined)
    return {
      en: 'The file ends before every bracket and quote is closed; it may have been cut off.',
      zh: '文件在括号或引号闭合之前就结束了，可能被截断。',
    };
  if (token === "'")
    return {
      en: 'JSON strings and keys take double quotes "…", not single quotes.',
      zh: 'JSON 中的字符串和键须使用双引号 "…"，不能用单引号。',
    };
  if (token === '#' || token === '/')
    return { en: 'JSON has no comments; remove them.', zh: 'JSON 不支持注释，请删除。' };
  if (token === '!' || token === '&' || token === '*')
    return {
      en: 'YAML tags (`!!str`), anchors and aliases are not JSON; write the plain value.',
      zh: 'YAML 的标签（`!!str`）、锚点和别名不是 JSON，请直接写出值。',
    };
  if ((token === '}' || token === ']') && (expected === 'key' || expected === 'value'))
    return {
      en: 'Remove the comma before the closing bracket: JSON allows no trailing comma.',
      zh: '请删除右括号前的逗号：JSON 不允许末尾逗号。',
    };
  if (/^[\p{L}_$]$/u.test(token)) {
    return {
      en: 'This looks like YAML or JavaScript: in JSON every key and every text is in double quotes, e.g. {"level": "senior"}. Import YAML by copying the files into the catalog directory.',
      zh: '这看起来像 YAML 或 JavaScript：JSON 中每个键和每段文字都须用双引号括起，例如 {"level": "senior"}。YAML 文件请直接复制到目录中。',
    };
  }
  return {
    en: 'A comma, colon, quote or bracket is missing or out of place.',
    zh: '此处缺少或多出了逗号、冒号、引号或括号。',
  };
}
