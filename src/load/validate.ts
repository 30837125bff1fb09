import type { z } from 'zod';
import type { Bilingual, Diagnostic, DiagnosticCode, PathSegment } from '../errors.js';
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS, type DocumentKind } from '../model/document.js';
import type { ResponsibilityMatrix } from '../model/matrix.js';
import type { RoleDocument } from '../model/role.js';
import type { CatalogSettings, Vocabulary } from '../model/vocabulary.js';
import type { SourceDocument } from '../source/document.js';
import { diagnosticAt } from '../source/report.js';
import { suggestion } from './suggest.js';

/** A document that passed its schema, with its source kept for locating later findings. */
export type ValidDocument =
  | { kind: 'Role'; value: RoleDocument; source: SourceDocument }
  | { kind: 'Vocabulary'; value: Vocabulary; source: SourceDocument }
  | { kind: 'Catalog'; value: CatalogSettings; source: SourceDocument }
  | { kind: 'ResponsibilityMatrix'; value: ResponsibilityMatrix; source: SourceDocument };

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Validates one parsed document against the schema of its `kind`; reports every schema problem. */
export function validateDocument(src: SourceDocument, diagnostics: Diagnostic[]): ValidDocument | undefined {
  const value = src.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(
      diagnosticAt(
        src,
        [],
        'NOT_A_DOCUMENT',
        {
          en: `A rolematrix document is a mapping with a \`kind\`, but this document is ${describe(value)}.`,
          zh: `rolematrix 文档应是带有 \`kind\` 的映射，而该文档是${describeZh(value)}。`,
        },
        {
          hint: {
            en: `Start the document with \`apiVersion: rolematrix/v1\` and \`kind: ${DOCUMENT_KINDS.join(' | ')}\`.`,
            zh: `请以 \`apiVersion: rolematrix/v1\` 和 \`kind: ${DOCUMENT_KINDS.join(' | ')}\` 开头。`,
          },
        },
      ),
    );
    return undefined;
  }
  const kind = (value as Record<string, unknown>).kind;
  if (kind === undefined) {
    diagnostics.push(
      diagnosticAt(
        src,
        [],
        'MISSING_KEY',
        {
          en: 'The document has no `kind`, so rolematrix cannot tell what it describes.',
          zh: '该文档没有 `kind`，无法判断它描述的是什么。',
        },
        {
          hint: {
            en: `Add \`kind: ${DOCUMENT_KINDS.join(' | ')}\`.`,
            zh: `请加上 \`kind: ${DOCUMENT_KINDS.join(' | ')}\`。`,
          },
        },
      ),
    );
    return undefined;
  }
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as string[]).includes(kind)) {
    diagnostics.push(
      diagnosticAt(
        src,
        ['kind'],
        'UNKNOWN_KIND',
        typeof kind === 'string'
          ? {
              en: `The kind ${JSON.stringify(kind)} is not one rolematrix knows.`,
              zh: `rolematrix 不认识文档类型 ${JSON.stringify(kind)}。`,
            }
          : {
              en: `The kind must be text, but it is ${describe(kind)}.`,
              zh: `kind 应为文字，实际是${describeZh(kind)}。`,
            },
        {
          hint: (typeof kind === 'string' ? suggestion(kind, DOCUMENT_KINDS) : undefined) ?? {
            en: `Use one of: ${DOCUMENT_KINDS.join(', ')}.`,
            zh: `请使用以下之一：${DOCUMENT_KINDS.join('、')}。`,
          },
        },
      ),
    );
    return undefined;
  }
  const schema = DOCUMENT_SCHEMAS[kind as DocumentKind];
  const result = schema.safeParse(value);
  if (result.success) return { kind, value: result.data, source: src } as ValidDocument;
  for (const issue of result.error.issues) reportIssue(src, schema, issue, [], diagnostics);
  return undefined;
}

function reportIssue(
  src: SourceDocument,
  root: AnySchema,
  issue: Issue,
  base: readonly PathSegment[],
  out: Diagnostic[],
): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const push = (
    code: DiagnosticCode,
    message: Bilingual,
    opts: { at?: 'key' | 'value'; hint?: Bilingual | undefined } = {},
    at = path,
  ) => out.push(diagnosticAt(src, at, code, message, opts));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeys(schemaAt(root, path));
      for (const key of issue.keys) {
        push(
          'UNKNOWN_KEY',
          { en: `The key \`${key}\` is not part of the model here.`, zh: `此处的模型中没有键 \`${key}\`。` },
          {
            at: 'key',
            hint:
              suggestion(key, known) ??
              (known.length > 0
                ? { en: `Allowed keys: ${known.join(', ')}.`, zh: `允许的键：${known.join('、')}。` }
                : undefined),
          },
          [...path, key],
        );
      }
      return;
    }
    case 'invalid_union': {
      const branch = bestBranch(issue.errors);
      if (branch === undefined) {
        const expected = [
          ...new Set(
            issue.errors.flatMap((b) =>
              b.filter((i) => i.code === 'invalid_type').map((i) => (i as { expected: string }).expected),
            ),
          ),
        ];
        const actual = valueAt(src.value, path);
        push(
          actual === undefined ? 'MISSING_KEY' : 'INVALID_TYPE',
          actual === undefined ? missingMessage(path) : wrongType(expected, actual),
          {
            hint: fieldHint(root, path),
          },
          actual === undefined ? path.slice(0, -1) : path,
        );
        return;
      }
      for (const sub of branch) reportIssue(src, root, sub, path, out);
      return;
    }
    case 'invalid_type': {
      const actual = valueAt(src.value, path);
      if (actual === undefined) {
        push('MISSING_KEY', missingMessage(path), { hint: fieldHint(root, path) }, path.slice(0, -1));
      } else {
        push('INVALID_TYPE', wrongType([issue.expected], actual), { hint: fieldHint(root, path) });
      }
      return;
    }
    case 'invalid_value': {
      const actual = valueAt(src.value, path);
      // zod reports an absent literal or enum (e.g. `apiVersion`, `track`) as a wrong value; it is a missing key.
      if (actual === undefined) {
        push('MISSING_KEY', missingMessage(path), { hint: fieldHint(root, path) }, path.slice(0, -1));
        return;
      }
      const allowed = issue.values.map((v) => String(v));
      const hint = typeof actual === 'string' ? suggestion(actual, allowed) : undefined;
      push(
        'INVALID_VALUE',
        {
          en: `${typeof actual === 'string' ? JSON.stringify(actual) : capitalize(describe(actual))} is not allowed here; use ${allowed.length === 1 ? JSON.stringify(allowed[0]) : `one of: ${allowed.join(', ')}`}.`,
          zh: `此处不允许使用${typeof actual === 'string' ? ` ${JSON.stringify(actual)}` : describeZh(actual)}；请使用${allowed.length === 1 ? ` ${JSON.stringify(allowed[0])}` : `以下之一：${allowed.join('、')}`}。`,
        },
        { hint },
      );
      return;
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { rolematrix?: DiagnosticCode; key?: string };
      const code = params.rolematrix ?? 'INVALID_VALUE';
      push(
        code,
        { en: issue.message, zh: zhSchemaMessage(issue.message, params.key) },
        {
          at: code === 'UNKNOWN_KEY' ? 'key' : 'value',
          hint: code === 'MISSING_KEY' && params.key ? fieldHint(root, [...path, params.key]) : undefined,
        },
      );
      return;
    }
    default:
      push(
        'INVALID_VALUE',
        { en: sentence(issue.message), zh: zhSchemaMessage(sentence(issue.message)) },
        { hint: fieldHint(root, path) },
      );
  }
}

function missingMessage(path: readonly PathSegment[]): Bilingual {
  const key = String(path[path.length - 1]);
  return { en: `The required key \`${key}\` is missing.`, zh: `缺少必填的键 \`${key}\`。` };
}

const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  object: '映射',
  array: '列表',
  boolean: '布尔值',
};

function wrongType(expected: readonly string[], actual: unknown): Bilingual {
  return {
    en: `Expected ${expected.join(' or ')}, but found ${describe(actual)}.`,
    zh: `此处应为${expected.map((e) => TYPE_ZH[e] ?? e).join('或')}，实际是${describeZh(actual)}。`,
  };
}

/**
 * Chinese for the messages the model's own refinements and patterns give (they are written in English in the schema).
 */
const SCHEMA_MESSAGES_ZH: [RegExp, (m: RegExpMatchArray, key?: string) => string][] = [
  [/^Text must not be empty\.$/, () => '文字不能为空。'],
  [/^Give the text in at least one language/, () => '请至少用一种语言（zh 或 en）写出这段文字。'],
  [
    /^A (.+) id is lower-case words joined by hyphens/,
    () => '编号须由小写英文单词和连字符组成，例如 "customer-satisfaction"。',
  ],
  [/^The minimum must not exceed the maximum\.$/, () => '最小值不能大于最大值。'],
  [/^An ISCO-08 unit group code has four digits/, () => 'ISCO-08 细类代码为四位数字，例如 "4222"。'],
  [/^An O\*NET-SOC code looks like/, () => 'O*NET-SOC 代码的格式如 "43-4051.00"。'],
  [/^A code of China's 2022 occupational classification/, () => '2022 年版《职业分类大典》代码的格式如 "4-07-02-03"。'],
  [
    /^A career step names exactly one of/,
    () => '发展路径须且只能给出 `to`（目录中的岗位）或 `title`（目录外的职位）之一。',
  ],
  [/^The role has no `(.+)`;/, (m) => `该岗位缺少 \`${m[1]}\`；请补上，或 \`extends\` 一个具有该字段的岗位。`],
  [/^A KPI needs a `type`/, () => '绩效指标需要 `type`：quantitative（定量）或 qualitative（定性）。'],
  [/^A quantitative KPI needs a `direction`/, () => '定量指标需要 `direction`：higher 或 lower（哪个方向更好）。'],
  [/^`(.+)` belongs to KPI entries only/, (m) => `\`${m[1]}\` 只能用于绩效指标条目；请从该条目中删除。`],
];

function zhSchemaMessage(en: string, key?: string): string {
  for (const [re, zh] of SCHEMA_MESSAGES_ZH) {
    const m = en.match(re);
    if (m) return zh(m, key);
  }
  return `取值不符合模型要求：${en}`;
}

/** The union branch that got furthest: one that did not fail on its own type, with the fewest issues. */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  for (const b of branches) {
    if (b.some((i) => i.code === 'invalid_type' && i.path.length === 0)) continue;
    if (best === undefined || b.length < best.length) best = b;
  }
  return best;
}

/** The schema that validates the value at `path`, looking through optional, union and pipe wrappers. */
export function schemaAt(root: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let cur: AnySchema | undefined = root;
  for (const seg of path) {
    cur = unwrapToContainer(cur, typeof seg === 'number' ? 'array' : 'object');
    if (cur === undefined) return undefined;
    const def = cur._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    cur = def.type === 'array' ? def.element : def.shape?.[String(seg)];
  }
  return cur;
}

function unwrapToContainer(s: AnySchema | undefined, want: 'array' | 'object'): AnySchema | undefined {
  let cur = s;
  for (let guard = 0; cur !== undefined && guard < 20; guard++) {
    const def = cur._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; options?: AnySchema[] };
    if (def.type === want) return cur;
    if (def.innerType) cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else if (def.type === 'union') cur = def.options?.find((o) => unwrapToContainer(o, want) !== undefined);
    else return undefined;
  }
  return undefined;
}

function objectKeys(s: AnySchema | undefined): string[] {
  const obj = unwrapToContainer(s, 'object');
  const shape = (obj?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The field's own description, shown as a hint so the fix is at hand. */
function fieldHint(root: AnySchema, path: readonly PathSegment[]): Bilingual | undefined {
  let s = schemaAt(root, path);
  for (let guard = 0; s !== undefined && guard < 10; guard++) {
    const desc = (s as unknown as { description?: string }).description;
    // The model's field descriptions are written once, in English (they are the JSON Schema's hover text).
    if (desc) return { en: desc, zh: `字段说明（英文）：${desc}` };
    const def = s._zod.def as { innerType?: AnySchema };
    s = def.innerType;
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function describeZh(v: unknown): string {
  if (v === null) return '空值（null）';
  if (Array.isArray(v)) return '列表';
  switch (typeof v) {
    case 'string':
      return `文字 ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'number':
      return `数字 ${v}`;
    case 'boolean':
      return `布尔值 ${v}`;
    case 'object':
      return '映射';
    default:
      return typeof v;
  }
}

function describe(v: unknown): string {
  if (v === null) return 'null (an empty value)';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return `the boolean ${v}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof v;
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sentence(msg: string): string {
  const cap = msg.charAt(0).toUpperCase() + msg.slice(1);
  return /[.!?]$/.test(cap) ? cap : `${cap}.`;
}
