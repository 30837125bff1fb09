import type { z } from 'zod';
import { unionExpected, type IssueOf, type SchemaLocale } from './locale.js';

/** zod's type names in Chinese; a name not listed (a class, for `instanceof`) is shown as it is. */
const TYPES: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: '布尔值',
  bigint: '大整数',
  symbol: '符号（symbol）',
  undefined: '未定义的值',
  null: '空值（null）',
  never: '不允许任何值',
  void: '空值',
  date: '日期',
  array: '列表',
  object: '映射',
  tuple: '定长列表',
  record: '映射',
  map: '映射',
  set: '集合',
  file: '文件',
  nonoptional: '非空的值',
  nan: 'NaN',
  function: '函数',
};

/** What zod measures, and in which unit when it measures a size; a date compares as earlier or later. */
const MEASURED: Readonly<Record<string, { noun: string; unit?: string }>> = {
  string: { noun: '文字', unit: '个字符' },
  file: { noun: '文件', unit: '字节' },
  array: { noun: '列表', unit: '项' },
  set: { noun: '集合', unit: '项' },
  map: { noun: '映射', unit: '项' },
  number: { noun: '数值' },
  int: { noun: '整数' },
  bigint: { noun: '数值' },
  date: { noun: '日期' },
};

const FORMATS: Readonly<Record<z.core.$ZodStringFormats, string>> = {
  email: '电子邮件地址',
  url: 'URL',
  emoji: '表情符号',
  uuid: 'UUID',
  guid: 'GUID',
  nanoid: 'nanoid',
  cuid: 'cuid',
  cuid2: 'cuid2',
  ulid: 'ULID',
  xid: 'XID',
  ksuid: 'KSUID',
  datetime: 'ISO 日期时间',
  date: 'ISO 日期',
  time: 'ISO 时间',
  duration: 'ISO 时长',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  cidrv4: 'IPv4 网段',
  cidrv6: 'IPv6 网段',
  base64: 'base64 编码的文字',
  base64url: 'base64url 编码的文字',
  json_string: 'JSON 文字',
  e164: 'E.164 电话号码',
  credit_card: '信用卡号',
  iban: 'IBAN',
  lowercase: '小写文字',
  uppercase: '大写文字',
  regex: '文字',
  jwt: 'JWT',
  starts_with: '文字',
  ends_with: '文字',
  includes: '文字',
};

function describe(v: unknown): string {
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

function wrongType(expected: readonly string[], actual: unknown): string {
  return `此处应为${expected.map((e) => TYPES[e] ?? e).join('或')}，实际是${describe(actual)}。`;
}

function tooSmall(issue: IssueOf<'too_small'>): string {
  const { noun, unit } = MEASURED[issue.origin] ?? { noun: '取值' };
  const n = String(issue.minimum);
  if (unit !== undefined) {
    if (issue.exact) return `${noun}应恰好有 ${n} ${unit}。`;
    return issue.inclusive ? `${noun}至少应有 ${n} ${unit}。` : `${noun}应多于 ${n} ${unit}。`;
  }
  if (issue.exact) return `${noun}应等于 ${n}。`;
  if (issue.origin === 'date') return issue.inclusive ? `日期不能早于 ${n}。` : `日期应晚于 ${n}。`;
  return issue.inclusive ? `${noun}不能小于 ${n}。` : `${noun}应大于 ${n}。`;
}

function tooBig(issue: IssueOf<'too_big'>): string {
  const { noun, unit } = MEASURED[issue.origin] ?? { noun: '取值' };
  const n = String(issue.maximum);
  if (unit !== undefined) {
    if (issue.exact) return `${noun}应恰好有 ${n} ${unit}。`;
    return issue.inclusive ? `${noun}最多只能有 ${n} ${unit}。` : `${noun}应少于 ${n} ${unit}。`;
  }
  if (issue.exact) return `${noun}应等于 ${n}。`;
  if (issue.origin === 'date') return issue.inclusive ? `日期不能晚于 ${n}。` : `日期应早于 ${n}。`;
  return issue.inclusive ? `${noun}不能大于 ${n}。` : `${noun}应小于 ${n}。`;
}

/** Chinese diagnostics for schema problems, phrased from the same fields as the English, never from its text. */
export const zh: SchemaLocale = {
  issues: {
    invalid_type: (issue, actual) => wrongType([issue.expected], actual),
    invalid_union: (issue, actual) => {
      if (issue.inclusive === false) return '该值同时符合多种允许的写法，无法确定是哪一种。';
      const expected = unionExpected(issue);
      return expected.length > 0 ? wrongType(expected, actual) : '该值不符合任何一种允许的写法。';
    },
    invalid_value: (issue, actual) => {
      const allowed = issue.values.map((v) => String(v));
      const value = typeof actual === 'string' ? ` ${JSON.stringify(actual)}` : describe(actual);
      const use = allowed.length === 1 ? ` ${JSON.stringify(allowed[0])}` : `以下之一：${allowed.join('、')}`;
      return `此处不允许使用${value}；请使用${use}。`;
    },
    unrecognized_keys: (issue) => `此处的模型中没有键 ${issue.keys.map((k) => `\`${k}\``).join('、')}。`,
    too_small: tooSmall,
    too_big: tooBig,
    invalid_format: (issue) => {
      const i = issue as z.core.$ZodStringFormatIssues;
      switch (i.format) {
        case 'starts_with':
          return `文字必须以 "${i.prefix}" 开头。`;
        case 'ends_with':
          return `文字必须以 "${i.suffix}" 结尾。`;
        case 'includes':
          return `文字必须包含 "${i.includes}"。`;
        case 'regex':
          return `文字不符合要求的格式 \`${i.pattern}\`。`;
        default: {
          const name = (FORMATS as Readonly<Record<string, string>>)[issue.format];
          if (name === undefined) return `不符合 ${issue.format} 格式。`;
          return `不是有效的${/^[A-Za-z]/.test(name) ? ` ${name}` : name}。`;
        }
      }
    },
    not_multiple_of: (issue) => `数值必须是 ${issue.divisor} 的倍数。`,
    invalid_key: (issue) => `${TYPES[issue.origin] ?? issue.origin}中的键无效。`,
    invalid_element: (issue) => `${TYPES[issue.origin] ?? issue.origin}中的值无效。`,
    // The model's own refinements carry their message by id (src/model/messages.ts); this is for any other.
    custom: () => '此处的取值不符合模型的要求。',
  },
  missingKey: (key) => `缺少必填的键 \`${key}\`。`,
  allowedKeys: (keys) => `允许的键：${keys.join('、')}。`,
  notADocument: (value) => `rolematrix 文档应是带有 \`kind\` 的映射，而该文档是${describe(value)}。`,
  documentStart: (kinds) => `请以 \`apiVersion: rolematrix/v1\` 和 \`kind: ${kinds.join(' | ')}\` 开头。`,
  noKind: () => '该文档没有 `kind`，无法判断它描述的是什么。',
  addKind: (kinds) => `请加上 \`kind: ${kinds.join(' | ')}\`。`,
  unknownKind: (kind) =>
    typeof kind === 'string'
      ? `rolematrix 不认识文档类型 ${JSON.stringify(kind)}。`
      : `kind 应为文字，实际是${describe(kind)}。`,
  knownKinds: (kinds) => `请使用以下之一：${kinds.join('、')}。`,
};
