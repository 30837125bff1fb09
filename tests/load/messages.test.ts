import { describe, expect, test } from 'vitest';
import { formatDiagnostic, loadText } from '../../src/index.js';
import { issueMessage } from '../../src/load/messages/index.js';
import type { IssueCode, IssueOf } from '../../src/load/messages/locale.js';
import { SCHEMA_INPUTS } from './schema-inputs.js';

/** Each input's schema diagnostics, in English and Chinese (a dangling reference of the bare documents left out). */
function both(text: string): string {
  return loadText(text, 'x.yaml')
    .diagnostics.filter((d) => d.code !== 'DANGLING_REFERENCE')
    .map((d) => `${formatDiagnostic(d)}\n${formatDiagnostic(d, 'zh')}`)
    .join('\n');
}

describe('schema diagnostics are phrased per language from the issue, never from the English text', () => {
  test.each(SCHEMA_INPUTS)('%s', (_name, text) => {
    const out = both(text);
    expect(out).not.toBe('');
    expect(out).not.toContain('取值不符合模型要求');
    expect(out).not.toContain('字段说明（英文）');
  });

  // The Chinese of these came out as `取值不符合模型要求：<English>` before.
  test.each([
    [
      'years below the minimum',
      'x.yaml:9:47 qualifications.experience.years.min: 数值不能小于 0。 [INVALID_VALUE]\n  提示：至少多少年。',
    ],
    [
      'a weight above 100',
      'x.yaml:10:23 kpis[0].weight: 数值不能大于 100。 [INVALID_VALUE]\n  提示：在考核中所占的百分比；岗位中只要有一个指标设了权重，全部权重之和就必须为 100。',
    ],
    [
      'an empty list of activities',
      'x.yaml:5:13 activities: 列表至少应有 1 项。 [INVALID_VALUE]\n  提示：各个活动，按流程顺序排列。',
    ],
    [
      'an activity id',
      'x.yaml:6:11 activities[0].id: 编号须由小写英文单词和连字符组成，例如 "log-complaint"。 [INVALID_VALUE]\n  提示：活动的编号，在矩阵内唯一。',
    ],
    ['a rule name', 'x.yaml:5:20 rules.bad-rule: 映射中的键无效。 [INVALID_VALUE]'],
  ])('%s (was an English fallback)', (name, zh) => {
    const text = SCHEMA_INPUTS.find(([n]) => n === name)?.[1] ?? '';
    const found = loadText(text, 'x.yaml').diagnostics.filter((d) => d.code !== 'DANGLING_REFERENCE');
    expect(found.map((d) => formatDiagnostic(d, 'zh'))).toEqual([zh]);
  });

  test('the English is what zod and the model have always said', () => {
    expect(SCHEMA_INPUTS.map(([name, text]) => `## ${name}\n${both(text)}`).join('\n')).toMatchInlineSnapshot(`
      "## a number field given text
      x.yaml:10:23 kpis[0].weight: Expected number, but found the text "high". [INVALID_TYPE]
        hint: Share of the appraisal in percent; when any KPI of a role has a weight, they must sum to 100.
      x.yaml:10:23 kpis[0].weight: 此处应为数字，实际是文字 "high"。 [INVALID_TYPE]
        提示：在考核中所占的百分比；岗位中只要有一个指标设了权重，全部权重之和就必须为 100。
      ## a list given a mapping
      x.yaml:9:9 duties: Expected array, but found a mapping. [INVALID_TYPE]
        hint: Duties (responsibilities).
      x.yaml:9:9 duties: 此处应为列表，实际是映射。 [INVALID_TYPE]
        提示：岗位职责。
      ## an integer given a fraction
      x.yaml:5:25 raci.maxAccountable: Expected int, but found the number 1.5. [INVALID_TYPE]
        hint: A role that is A on more activities of one matrix than this is overloaded (default 5).
      x.yaml:5:25 raci.maxAccountable: 此处应为整数，实际是数字 1.5。 [INVALID_TYPE]
        提示：一个岗位在同一矩阵中担任 A 的活动数超过此值即为负荷过重（默认 5）。
      ## a list item that is null
      x.yaml:9:10 duties[0]: Expected object, but found null (an empty value). [INVALID_TYPE]
        hint: A duty (responsibility) of the role.
      x.yaml:9:10 duties[0]: 此处应为映射，实际是空值（null）。 [INVALID_TYPE]
        提示：岗位的一项职责。
      ## localized text given a boolean
      x.yaml:9:9 focus[0]: Expected string or object, but found the boolean true. [INVALID_TYPE]
        hint: Localized text: a plain string, or \`{ zh, en }\` with at least one language.
      x.yaml:9:9 focus[0]: 此处应为文字或映射，实际是布尔值 true。 [INVALID_TYPE]
        提示：多语言文字：一段纯文字，或至少含一种语言的 \`{ zh, en }\`。
      ## a target with a wrong value
      x.yaml:10:42 kpis[0].target.value: Expected number, but found the text "x". [INVALID_TYPE]
        hint: The target value (the lower bound for \`between\`).
      x.yaml:10:42 kpis[0].target.value: 此处应为数字，实际是文字 "x"。 [INVALID_TYPE]
        提示：目标值（\`between\` 时为下限）。
      ## a target with a key missing
      x.yaml:10:23 kpis[0].target: The required key \`value\` is missing. [MISSING_KEY]
        hint: The target value (the lower bound for \`between\`).
      x.yaml:10:23 kpis[0].target: 缺少必填的键 \`value\`。 [MISSING_KEY]
        提示：目标值（\`between\` 时为下限）。
      ## an enum given an unknown word
      x.yaml:10:34 duties[0].category: "complaints" is not allowed here; use one of: team-leadership, service-standards, customer-issues, relationship, quality, operations, analysis, collaboration, training, planning, execution, monitoring, risk, closing, commercial, governance, improvement. [INVALID_VALUE]
      x.yaml:10:34 duties[0].category: 此处不允许使用 "complaints"；请使用以下之一：team-leadership、service-standards、customer-issues、relationship、quality、operations、analysis、collaboration、training、planning、execution、monitoring、risk、closing、commercial、governance、improvement。 [INVALID_VALUE]
      ## a literal given another
      x.yaml:1:13 apiVersion: "rolematrix/v2" is not allowed here; use "rolematrix/v1". [INVALID_VALUE]
        hint: Did you mean "rolematrix/v1"?
      x.yaml:1:13 apiVersion: 此处不允许使用 "rolematrix/v2"；请使用 "rolematrix/v1"。 [INVALID_VALUE]
        提示：是不是要写 "rolematrix/v1"？
      ## an enum given a number
      x.yaml:9:31 workEnvironment.intensity: The number 3 is not allowed here; use one of: low, moderate, high. [INVALID_VALUE]
      x.yaml:9:31 workEnvironment.intensity: 此处不允许使用数字 3；请使用以下之一：low、moderate、high。 [INVALID_VALUE]
      ## an enum missing
      x.yaml:10:5 career[0]: The required key \`track\` is missing. [MISSING_KEY]
        hint: management: leads people; professional: deeper expertise; lateral: a move to another field.
      x.yaml:10:5 career[0]: 缺少必填的键 \`track\`。 [MISSING_KEY]
        提示：management：带领团队；professional：深耕专业；lateral：转到其他领域。
      ## an unknown key
      x.yaml:9:1 dutys: The key \`dutys\` is not part of the model here. [UNKNOWN_KEY]
        hint: Did you mean "duties"?
      x.yaml:9:1 dutys: 此处的模型中没有键 \`dutys\`。 [UNKNOWN_KEY]
        提示：是不是要写 "duties"？
      ## two unknown keys
      x.yaml:10:24 duties[0].foo: The key \`foo\` is not part of the model here. [UNKNOWN_KEY]
        hint: Allowed keys: id, title, description, category, activities, keywords.
      x.yaml:10:24 duties[0].foo: 此处的模型中没有键 \`foo\`。 [UNKNOWN_KEY]
        提示：允许的键：id、title、description、category、activities、keywords。
      x.yaml:10:32 duties[0].bar: The key \`bar\` is not part of the model here. [UNKNOWN_KEY]
        hint: Allowed keys: id, title, description, category, activities, keywords.
      x.yaml:10:32 duties[0].bar: 此处的模型中没有键 \`bar\`。 [UNKNOWN_KEY]
        提示：允许的键：id、title、description、category、activities、keywords。
      ## empty text
      x.yaml:9:9 focus[0]: Text must not be empty. [INVALID_VALUE]
        hint: Localized text: a plain string, or \`{ zh, en }\` with at least one language.
      x.yaml:9:9 focus[0]: 文字不能为空。 [INVALID_VALUE]
        提示：多语言文字：一段纯文字，或至少含一种语言的 \`{ zh, en }\`。
      ## empty text in one language
      x.yaml:9:15 focus[0].zh: Text must not be empty. [INVALID_VALUE]
        hint: Chinese text.
      x.yaml:9:15 focus[0].zh: 文字不能为空。 [INVALID_VALUE]
        提示：中文文字。
      ## an empty alias
      x.yaml:9:17 aliases.en[0]: Text must not be empty. [INVALID_VALUE]
      x.yaml:9:17 aliases.en[0]: 文字不能为空。 [INVALID_VALUE]
      ## years below the minimum
      x.yaml:9:47 qualifications.experience.years.min: Too small: expected number to be >=0. [INVALID_VALUE]
        hint: At least this many years.
      x.yaml:9:47 qualifications.experience.years.min: 数值不能小于 0。 [INVALID_VALUE]
        提示：至少多少年。
      ## years above the maximum
      x.yaml:9:47 qualifications.experience.years.max: Too big: expected number to be <=60. [INVALID_VALUE]
        hint: At most this many years (omit for "or more").
      x.yaml:9:47 qualifications.experience.years.max: 数值不能大于 60。 [INVALID_VALUE]
        提示：至多多少年（不设上限时省略）。
      ## a weight above 100
      x.yaml:10:23 kpis[0].weight: Too big: expected number to be <=100. [INVALID_VALUE]
        hint: Share of the appraisal in percent; when any KPI of a role has a weight, they must sum to 100.
      x.yaml:10:23 kpis[0].weight: 数值不能大于 100。 [INVALID_VALUE]
        提示：在考核中所占的百分比；岗位中只要有一个指标设了权重，全部权重之和就必须为 100。
      ## an empty list of languages
      x.yaml:4:12 languages: Too small: expected array to have >=1 items. [INVALID_VALUE]
        hint: Languages every label must exist in; with both, a label in one language only is reported.
      x.yaml:4:12 languages: 列表至少应有 1 项。 [INVALID_VALUE]
        提示：每个名称都必须具备的语言；同时声明两种语言时，只有一种语言的名称会被报告。
      ## an empty list of activities
      x.yaml:5:13 activities: Too small: expected array to have >=1 items. [INVALID_VALUE]
        hint: The activities, in process order.
      x.yaml:5:13 activities: 列表至少应有 1 项。 [INVALID_VALUE]
        提示：各个活动，按流程顺序排列。
      ## an empty list of letters
      x.yaml:6:41 activities[0].assign.agent: Too small: expected array to have >=1 items. [INVALID_VALUE]
      x.yaml:6:41 activities[0].assign.agent: 列表至少应有 1 项。 [INVALID_VALUE]
      ## an overload threshold of 0
      x.yaml:5:25 raci.maxAccountable: Too small: expected number to be >=1. [INVALID_VALUE]
        hint: A role that is A on more activities of one matrix than this is overloaded (default 5).
      x.yaml:5:25 raci.maxAccountable: 数值不能小于 1。 [INVALID_VALUE]
        提示：一个岗位在同一矩阵中担任 A 的活动数超过此值即为负荷过重（默认 5）。
      ## a role id in capitals
      x.yaml:3:5 id: A role id is lower-case words joined by hyphens, e.g. "customer-satisfaction". [INVALID_VALUE]
        hint: Unique across the catalog; by convention the file name.
      x.yaml:3:5 id: 编号须由小写英文单词和连字符组成，例如 "customer-satisfaction"。 [INVALID_VALUE]
        提示：在整个目录中唯一；按惯例与文件名相同。
      ## a duty id with a space
      x.yaml:10:11 duties[0].id: A duty id is lower-case words joined by hyphens, e.g. "customer-satisfaction". [INVALID_VALUE]
        hint: Unique within the role; \`extends\` overrides a parent duty with the same id.
      x.yaml:10:11 duties[0].id: 编号须由小写英文单词和连字符组成，例如 "customer-satisfaction"。 [INVALID_VALUE]
        提示：在岗位内唯一；\`extends\` 时会覆盖上级岗位中同编号的职责。
      ## a permission id in capitals
      x.yaml:10:11 permissions[0].id: A permission id is lower-case words joined by hyphens, e.g. "customer-satisfaction". [INVALID_VALUE]
        hint: Unique within the role.
      x.yaml:10:11 permissions[0].id: 编号须由小写英文单词和连字符组成，例如 "customer-satisfaction"。 [INVALID_VALUE]
        提示：在岗位内唯一。
      ## a vocabulary entry id
      x.yaml:5:11 entries[0].id: A vocabulary entry id is lower-case words joined by hyphens, e.g. "customer-satisfaction". [INVALID_VALUE]
        hint: Unique within the vocabulary; roles refer to the entry by this id.
      x.yaml:5:11 entries[0].id: 编号须由小写英文单词和连字符组成，例如 "customer-satisfaction"。 [INVALID_VALUE]
        提示：在词汇表内唯一；岗位用这个编号引用该条目。
      ## an ISCO-08 code
      x.yaml:9:27 classification.isco08: An ISCO-08 unit group code has four digits, e.g. "4222". [INVALID_VALUE]
        hint: ISCO-08 unit group.
      x.yaml:9:27 classification.isco08: ISCO-08 细类代码为四位数字，例如 "4222"。 [INVALID_VALUE]
        提示：ISCO-08 细类。
      ## an O*NET-SOC code
      x.yaml:9:28 classification.onetSoc: An O*NET-SOC code looks like "43-4051.00". [INVALID_VALUE]
        hint: O*NET-SOC 2019 occupation code.
      x.yaml:9:28 classification.onetSoc: O*NET-SOC 代码的格式如 "43-4051.00"。 [INVALID_VALUE]
        提示：O*NET-SOC 2019 职业代码。
      ## a cn2022 code
      x.yaml:9:27 classification.cn2022: A code of China's 2022 occupational classification looks like "4-07-02-03". [INVALID_VALUE]
        hint: 中华人民共和国职业分类大典 (2022) occupation code.
      x.yaml:9:27 classification.cn2022: 2022 年版《职业分类大典》代码的格式如 "4-07-02-03"。 [INVALID_VALUE]
        提示：《中华人民共和国职业分类大典》（2022 年版）职业代码。
      ## a matrix id
      x.yaml:3:5 id: A matrix id is lower-case words joined by hyphens, e.g. "complaint-handling". [INVALID_VALUE]
        hint: Unique among the catalog's matrices.
      x.yaml:3:5 id: 编号须由小写英文单词和连字符组成，例如 "complaint-handling"。 [INVALID_VALUE]
        提示：在目录的各个矩阵中唯一。
      ## an activity id
      x.yaml:6:11 activities[0].id: An activity id is lower-case words joined by hyphens, e.g. "log-complaint". [INVALID_VALUE]
        hint: The id of the activity, unique within the matrix.
      x.yaml:6:11 activities[0].id: 编号须由小写英文单词和连字符组成，例如 "log-complaint"。 [INVALID_VALUE]
        提示：活动的编号，在矩阵内唯一。
      ## a rule name
      x.yaml:5:20 rules.bad-rule: Invalid key in record. [INVALID_VALUE]
      x.yaml:5:20 rules.bad-rule: 映射中的键无效。 [INVALID_VALUE]
      ## a role id as a matrix key
      x.yaml:6:43 activities[0].assign.Agent_X: Invalid key in record. [INVALID_VALUE]
      x.yaml:6:43 activities[0].assign.Agent_X: 映射中的键无效。 [INVALID_VALUE]
      ## localized text in no language
      x.yaml:9:9 focus[0]: Give the text in at least one language (zh or en). [INVALID_VALUE]
      x.yaml:9:9 focus[0]: 请至少用一种语言（zh 或 en）写出这段文字。 [INVALID_VALUE]
      ## a years range upside down
      x.yaml:9:40 qualifications.experience.years: The minimum must not exceed the maximum. [INVALID_VALUE]
      x.yaml:9:40 qualifications.experience.years: 最小值不能大于最大值。 [INVALID_VALUE]
      ## a career step with both targets
      x.yaml:10:5 career[0]: A career step names exactly one of \`to\` (a catalog role) or \`title\` (a position outside the catalog). [INVALID_VALUE]
      x.yaml:10:5 career[0]: 发展路径须且只能给出 \`to\`（目录中的岗位）或 \`title\`（目录外的职位）之一。 [INVALID_VALUE]
      ## a role without its required fields
      x.yaml:1:1: The role has no \`family\`; add it, or \`extends\` a role that has one. [MISSING_KEY]
        hint: Job family (an id in the \`families\` vocabulary). Required unless the role extends another.
      x.yaml:1:1: 该岗位缺少 \`family\`；请补上，或 \`extends\` 一个具有该字段的岗位。 [MISSING_KEY]
        提示：岗位族（\`families\` 词汇表中的编号）。除非继承其他岗位，否则必填。
      x.yaml:1:1: The role has no \`level\`; add it, or \`extends\` a role that has one. [MISSING_KEY]
        hint: Seniority: an id on the catalog's level ladder (\`architecture.levels\` in catalog.yaml). Required unless the role extends another.
      x.yaml:1:1: 该岗位缺少 \`level\`；请补上，或 \`extends\` 一个具有该字段的岗位。 [MISSING_KEY]
        提示：层级：目录层级阶梯（catalog.yaml 的 \`architecture.levels\`）中的编号。除非继承其他岗位，否则必填。
      x.yaml:1:1: The role has no \`orientation\`; add it, or \`extends\` a role that has one. [MISSING_KEY]
        hint: What the role is measured against (an id in the \`orientations\` vocabulary; built in: customer, project, operations, commercial).
      x.yaml:1:1: 该岗位缺少 \`orientation\`；请补上，或 \`extends\` 一个具有该字段的岗位。 [MISSING_KEY]
        提示：岗位以什么为衡量导向（\`orientations\` 词汇表中的编号；内置：customer、project、operations、commercial）。
      x.yaml:1:1: The role has no \`summary\`; add it, or \`extends\` a role that has one. [MISSING_KEY]
        hint: The role in two or three sentences.
      x.yaml:1:1: 该岗位缺少 \`summary\`；请补上，或 \`extends\` 一个具有该字段的岗位。 [MISSING_KEY]
        提示：用两三句话概述岗位。
      ## a KPI without a type
      x.yaml:5:5 entries[0]: A KPI needs a \`type\`: quantitative or qualitative. [MISSING_KEY]
        hint: KPIs only: measured by a number or judged against a rubric.
      x.yaml:5:5 entries[0]: 绩效指标需要 \`type\`：quantitative（定量）或 qualitative（定性）。 [MISSING_KEY]
        提示：仅用于绩效指标：用数字衡量，或按评分标准评判。
      ## a quantitative KPI without a direction
      x.yaml:5:5 entries[0]: A quantitative KPI needs a \`direction\`: higher or lower (which is better). [MISSING_KEY]
        hint: KPIs only: whether a higher or a lower value is better.
      x.yaml:5:5 entries[0]: 定量指标需要 \`direction\`：higher 或 lower（哪个方向更好）。 [MISSING_KEY]
        提示：仅用于绩效指标：数值越高越好还是越低越好。
      ## a KPI-only key on a trait
      x.yaml:5:24 entries[0].unit: \`unit\` belongs to KPI entries only; remove it from this traits entry. [UNKNOWN_KEY]
      x.yaml:5:24 entries[0].unit: \`unit\` 只能用于绩效指标条目；请从该条目中删除。 [UNKNOWN_KEY]
      ## a document that is a list
      x.yaml:1:1: A rolematrix document is a mapping with a \`kind\`, but this document is a list. [NOT_A_DOCUMENT]
        hint: Start the document with \`apiVersion: rolematrix/v1\` and \`kind: Role | Vocabulary | Catalog | ResponsibilityMatrix\`.
      x.yaml:1:1: rolematrix 文档应是带有 \`kind\` 的映射，而该文档是列表。 [NOT_A_DOCUMENT]
        提示：请以 \`apiVersion: rolematrix/v1\` 和 \`kind: Role | Vocabulary | Catalog | ResponsibilityMatrix\` 开头。
      ## a document without a kind
      x.yaml:1:1: The document has no \`kind\`, so rolematrix cannot tell what it describes. [MISSING_KEY]
        hint: Add \`kind: Role | Vocabulary | Catalog | ResponsibilityMatrix\`.
      x.yaml:1:1: 该文档没有 \`kind\`，无法判断它描述的是什么。 [MISSING_KEY]
        提示：请加上 \`kind: Role | Vocabulary | Catalog | ResponsibilityMatrix\`。
      ## an unknown kind
      x.yaml:2:7 kind: The kind "Rol" is not one rolematrix knows. [UNKNOWN_KIND]
        hint: Did you mean "Role"?
      x.yaml:2:7 kind: rolematrix 不认识文档类型 "Rol"。 [UNKNOWN_KIND]
        提示：是不是要写 "Role"？
      ## a kind that is not text
      x.yaml:2:7 kind: The kind must be text, but it is the number 3. [UNKNOWN_KIND]
        hint: Use one of: Role, Vocabulary, Catalog, ResponsibilityMatrix.
      x.yaml:2:7 kind: kind 应为文字，实际是数字 3。 [UNKNOWN_KIND]
        提示：请使用以下之一：Role、Vocabulary、Catalog、ResponsibilityMatrix。"
    `);
  });
});

/** One issue of each zod code, with the fields zod gives it: a new code in zod is a compile error here. */
const ISSUES: { [C in IssueCode]: IssueOf<C>[] } = {
  invalid_type: [{ code: 'invalid_type', expected: 'int', path: [], message: '' }],
  invalid_union: [
    {
      code: 'invalid_union',
      errors: [
        [{ code: 'invalid_type', expected: 'string', path: [], message: '' }],
        [{ code: 'invalid_type', expected: 'object', path: [], message: '' }],
      ],
      path: [],
      message: '',
    },
    { code: 'invalid_union', errors: [], inclusive: false, matches: [0, 1], path: [], message: '' },
  ],
  invalid_value: [
    { code: 'invalid_value', values: ['a'], path: [], message: '' },
    { code: 'invalid_value', values: ['a', 1, null], path: [], message: '' },
  ],
  unrecognized_keys: [
    { code: 'unrecognized_keys', keys: ['a'], path: [], message: '' },
    { code: 'unrecognized_keys', keys: ['a', 'b'], path: [], message: '' },
  ],
  too_small: [
    { code: 'too_small', origin: 'number', minimum: 0, inclusive: true, path: [], message: '' },
    { code: 'too_small', origin: 'number', minimum: 0, inclusive: false, path: [], message: '' },
    { code: 'too_small', origin: 'string', minimum: 3, inclusive: true, path: [], message: '' },
    { code: 'too_small', origin: 'array', minimum: 2, exact: true, path: [], message: '' },
    { code: 'too_small', origin: 'date', minimum: 0, inclusive: true, path: [], message: '' },
  ],
  too_big: [
    { code: 'too_big', origin: 'number', maximum: 60, inclusive: true, path: [], message: '' },
    { code: 'too_big', origin: 'bigint', maximum: 10n, inclusive: false, path: [], message: '' },
    { code: 'too_big', origin: 'set', maximum: 5, inclusive: true, path: [], message: '' },
    { code: 'too_big', origin: 'file', maximum: 1024, inclusive: false, path: [], message: '' },
  ],
  invalid_format: [
    { code: 'invalid_format', format: 'regex', pattern: '/^[a-z]+$/', path: [], message: '' },
    { code: 'invalid_format', format: 'starts_with', prefix: 'ab', path: [], message: '' } as IssueOf<'invalid_format'>,
    { code: 'invalid_format', format: 'email', path: [], message: '' },
    { code: 'invalid_format', format: 'url', path: [], message: '' },
    { code: 'invalid_format', format: 'some_new_format', path: [], message: '' },
  ],
  not_multiple_of: [{ code: 'not_multiple_of', divisor: 5, path: [], message: '' }],
  invalid_key: [{ code: 'invalid_key', origin: 'record', issues: [], path: [], message: '' }],
  invalid_element: [{ code: 'invalid_element', origin: 'set', key: 1, issues: [], path: [], message: '' }],
  custom: [{ code: 'custom', path: [], message: 'A refinement outside the model.' }],
};

describe('every zod issue code has a sentence in each language', () => {
  test('built from the fields of the issue (and the value at its path)', () => {
    const lines = Object.values(ISSUES)
      .flat()
      .map((issue) => {
        const { en, zh } = issueMessage(issue, issue.code === 'invalid_value' ? 4 : 'Ab');
        return `${issue.code}: ${en} | ${zh}`;
      });
    expect(lines.join('\n')).toMatchInlineSnapshot(`
      "invalid_type: Expected int, but found the text "Ab". | 此处应为整数，实际是文字 "Ab"。
      invalid_union: Expected string or object, but found the text "Ab". | 此处应为文字或映射，实际是文字 "Ab"。
      invalid_union: The value matches more than one of the allowed forms. | 该值同时符合多种允许的写法，无法确定是哪一种。
      invalid_value: The number 4 is not allowed here; use "a". | 此处不允许使用数字 4；请使用 "a"。
      invalid_value: The number 4 is not allowed here; use one of: a, 1, null. | 此处不允许使用数字 4；请使用以下之一：a、1、null。
      unrecognized_keys: The key \`a\` is not part of the model here. | 此处的模型中没有键 \`a\`。
      unrecognized_keys: The keys \`a\`, \`b\` are not part of the model here. | 此处的模型中没有键 \`a\`、\`b\`。
      too_small: Too small: expected number to be >=0. | 数值不能小于 0。
      too_small: Too small: expected number to be >0. | 数值应大于 0。
      too_small: Too small: expected string to have >=3 characters. | 文字至少应有 3 个字符。
      too_small: Too small: expected array to have exactly 2 items. | 列表应恰好有 2 项。
      too_small: Too small: expected date to be >=0. | 日期不能早于 0。
      too_big: Too big: expected number to be <=60. | 数值不能大于 60。
      too_big: Too big: expected bigint to be <10. | 数值应小于 10。
      too_big: Too big: expected set to have <=5 items. | 集合最多只能有 5 项。
      too_big: Too big: expected file to have <1024 bytes. | 文件应少于 1024 字节。
      invalid_format: Invalid string: must match pattern /^[a-z]+$/. | 文字不符合要求的格式 \`/^[a-z]+$/\`。
      invalid_format: Invalid string: must start with "ab". | 文字必须以 "ab" 开头。
      invalid_format: Invalid email address. | 不是有效的电子邮件地址。
      invalid_format: Invalid URL. | 不是有效的 URL。
      invalid_format: Invalid some_new_format. | 不符合 some_new_format 格式。
      not_multiple_of: Invalid number: must be a multiple of 5. | 数值必须是 5 的倍数。
      invalid_key: Invalid key in record. | 映射中的键无效。
      invalid_element: Invalid value in set. | 集合中的值无效。
      custom: A refinement outside the model. | 此处的取值不符合模型的要求。"
    `);
  });
});
