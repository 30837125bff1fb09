import { fileDiagnostic, type Bilingual, type Diagnostic } from '../errors.js';

// Every file rolematrix reads is UTF-8 text. Files saved elsewhere are common in Chinese offices (GBK from Windows
// editors and Excel, UTF-16 from Notepad's "Unicode"), and decoding them leniently turns every Chinese character into
// U+FFFD without a word: a job description that says 限男性 would be checked as "���" and pass. So every reader decodes
// strictly, with this one function, and reports where the first byte that is not UTF-8 is.

/** Why bytes are not UTF-8 text, and where it shows first. */
export interface EncodingProblem {
  kind: 'utf16' | 'binary' | 'not-utf8';
  /** 1-based line and column of the first offending byte (columns count characters of the valid text before it). */
  line: number;
  column: number;
}

export type Decoded = { text: string; problem?: undefined } | { text?: undefined; problem: EncodingProblem };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Byte offset of the first invalid UTF-8 sequence, or -1 (a check in the style of the WHATWG decoder). */
function firstInvalid(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if ((need > 1 && cp < min) || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column of byte `offset`, counting characters of the (valid) text before it. */
function place(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++)
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(start, offset));
  return { line, column: [...before].length + 1 };
}

/**
 * The text of `bytes` when they are UTF-8 (a leading BOM dropped), or why they are not: UTF-16 (a UTF-16 BOM, or NUL
 * bytes between ASCII characters), binary (other NUL bytes: a picture, a workbook), or another encoding such as GBK.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: { kind: 'utf16', line: 1, column: 1 } };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // ASCII saved as UTF-16 has a NUL beside every character; a binary file has them anywhere.
    const sample = bytes.subarray(0, Math.min(bytes.length, 512));
    let even = 0;
    let odd = 0;
    sample.forEach((b, i) => {
      if (b === 0) {
        if (i % 2 === 0) even++;
        else odd++;
      }
    });
    const utf16 = Math.max(even, odd) >= sample.length / 4 && Math.min(even, odd) <= sample.length / 64;
    return { problem: { kind: utf16 ? 'utf16' : 'binary', ...place(bytes, nul) } };
  }
  try {
    const text = strict.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalid(bytes);
    return { problem: { kind: 'not-utf8', ...place(bytes, at < 0 ? 0 : at) } };
  }
}

const MESSAGES: Record<EncodingProblem['kind'], (p: EncodingProblem) => Bilingual> = {
  utf16: () => ({
    en: 'The file is saved as UTF-16 ("Unicode" in Windows Notepad and Excel), not UTF-8, so it cannot be read.',
    zh: '该文件以 UTF-16 编码保存（Windows 记事本和 Excel 中称为“Unicode”），不是 UTF-8，无法读取。',
  }),
  binary: (p) => ({
    en: `The file is not text: it holds a NUL byte (line ${p.line}, column ${p.column}), as pictures, workbooks and other binary files do.`,
    zh: `该文件不是文本：其中有 NUL 字节（第 ${p.line} 行第 ${p.column} 列），图片、工作簿等二进制文件才会这样。`,
  }),
  'not-utf8': (p) => ({
    en: `The file is not UTF-8: the bytes at line ${p.line}, column ${p.column} are not valid UTF-8. It looks saved in another encoding, such as GBK (the default of Chinese Windows editors and Excel).`,
    zh: `该文件不是 UTF-8 编码：第 ${p.line} 行第 ${p.column} 列的字节不是有效的 UTF-8。它似乎以其他编码保存，例如 GBK（中文 Windows 编辑器和 Excel 的默认编码）。`,
  }),
};

const SAVE_AS_UTF8: Bilingual = {
  en: 'Save the file as UTF-8 and try again: in Notepad, Save As → Encoding "UTF-8"; in VS Code, "Reopen with Encoding" (GBK), then "Save with Encoding" → UTF-8.',
  zh: '请以 UTF-8 编码另存后重试：记事本中“另存为 → 编码：UTF-8”；VS Code 中先“通过编码重新打开”（GBK），再“通过编码保存” → UTF-8。',
};
const NOT_TEXT: Bilingual = {
  en: 'Give a text file (YAML, Markdown, plain text, CSV); import a workbook with --from xlsx.',
  zh: '请提供文本文件（YAML、Markdown、纯文本、CSV）；工作簿请用 --from xlsx 导入。',
};
const CSV_UTF8: Bilingual = {
  en: 'In Excel use File → Save As → "CSV UTF-8 (comma delimited) (*.csv)"; in WPS choose the CSV type and the UTF-8 encoding; or import the .xlsx workbook instead.',
  zh: '在 Excel 中选择“文件 → 另存为 → CSV UTF-8（逗号分隔）(*.csv)”；在 WPS 中选择 CSV 类型并将编码设为 UTF-8；也可以直接导入 .xlsx 工作簿。',
};

/**
 * FILE_ENCODING at the first offending byte of `file`, saying what the file seems to be and how to save it as UTF-8
 * (for a CSV file, how Excel and WPS do it).
 */
export function encodingDiagnostic(file: string, problem: EncodingProblem, format?: 'csv'): Diagnostic {
  const hint = problem.kind === 'binary' ? NOT_TEXT : format === 'csv' ? CSV_UTF8 : SAVE_AS_UTF8;
  return {
    ...fileDiagnostic(file, 'FILE_ENCODING', MESSAGES[problem.kind](problem), hint),
    line: problem.line,
    column: problem.column,
  };
}

/** Decodes `bytes` of `file`, pushing FILE_ENCODING when they are not UTF-8 text; undefined then. */
export function readUtf8(
  file: string,
  bytes: Uint8Array,
  diagnostics: Diagnostic[],
  format?: 'csv',
): string | undefined {
  const d = decodeUtf8(bytes);
  if (d.problem !== undefined) {
    diagnostics.push(encodingDiagnostic(file, d.problem, format));
    return undefined;
  }
  return d.text;
}
