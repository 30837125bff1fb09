import { existsSync, readdirSync } from 'node:fs';
import { writeAll } from './write.js';
import { join } from 'node:path';
import { loadDocuments } from '../catalog/load.js';
import { catalogJsonSchema } from '../catalog/schema.js';
import { hasErrors } from '../errors.js';
import type { Lang } from '../model/text.js';
import type { SourceFile } from '../source/document.js';
import { shippedVocabularies } from '../node/load.js';
import { EXIT, UsageError, printDiagnostics, type CliIO } from './io.js';

export type InitVocabulary = 'shipped' | 'empty';

/** One line of a template per language: comments are written in the language asked for. */
type Line = string | Record<Lang, string>;
const line = (l: Line, lang: Lang) => (typeof l === 'string' ? l : l[lang]);
const text = (lines: readonly Line[], lang: Lang) => `${lines.map((l) => line(l, lang)).join('\n')}\n`;

const MODELINE = '# yaml-language-server: $schema=./rolematrix.schema.json';
const SCHEMA_MODELINE = '# yaml-language-server: $schema=../rolematrix.schema.json';

function catalogFile(vocabulary: InitVocabulary): Line[] {
  return [
    MODELINE,
    {
      en: '# The catalog settings: its name, its languages and its job architecture. Edit them freely, then run',
      zh: '# 目录设置：名称、语言和职位架构。可随意修改，改完运行',
    },
    {
      en: '#   rolematrix validate <dir>        to check everything, and',
      zh: '#   rolematrix validate <目录>       检查全部内容；',
    },
    {
      en: '#   rolematrix schema --dir <dir> --out <dir>/rolematrix.schema.json   to refresh editor completion.',
      zh: '#   rolematrix schema --dir <目录> --out <目录>/rolematrix.schema.json   刷新编辑器的自动补全。',
    },
    'apiVersion: rolematrix/v1',
    'kind: Catalog',
    'name: { zh: 我的岗位目录, en: My role catalog }',
    'languages: [zh, en]',
    ...(vocabulary === 'shipped'
      ? [
          {
            en: "# Build on the shipped catalog's vocabularies (families, KPIs, skills, categories, domains …) without copying",
            zh: '# 以内置目录的词汇表（岗位族、绩效指标、技能、职责类别、权限领域等）为基础，无需复制；',
          },
          {
            en: '# them; the files under vocabulary/ add to them.',
            zh: '# vocabulary/ 下的文件在其上增加条目。',
          },
          'buildsOn: shipped',
        ]
      : []),
    'architecture:',
    {
      en: '  # The level ladder, lowest first. Give every level a grade (职级) or none: with grades, levels of',
      zh: '  # 层级阶梯，由低到高。要么每个层级都有职级（grade），要么都没有：有职级时，',
    },
    {
      en: '  # parallel tracks that share a grade are the same seniority.',
      zh: '  # 不同通道上职级相同的层级视为同级。',
    },
    '  levels:',
    '    - { id: associate, label: { zh: 专员, en: Associate }, grade: 1 }',
    '    - { id: senior, label: { zh: 资深专员, en: Senior }, grade: 2 }',
    '    - { id: expert, label: { zh: 专家, en: Expert }, grade: 3 }',
    '    - { id: manager, label: { zh: 经理, en: Manager }, grade: 3 }',
    '    - { id: director, label: { zh: 总监, en: Director }, grade: 4 }',
    {
      en: '  # Career tracks that run side by side; each lists its levels, lowest first.',
      zh: '  # 并行的职业通道；每条通道按由低到高列出其层级。',
    },
    '  tracks:',
    '    - id: professional',
    '      label: { zh: 专业通道, en: Professional track }',
    '      levels: [associate, senior, expert]',
    '    - id: management',
    '      label: { zh: 管理通道, en: Management track }',
    '      levels: [manager, director]',
  ];
}

interface Entry {
  id: string;
  zh: string;
  en: string;
  extra?: string;
}

function vocabularyFile(kind: string, comment: Record<Lang, string>, entries: readonly Entry[]): Line[] {
  return [
    SCHEMA_MODELINE,
    comment,
    'apiVersion: rolematrix/v1',
    'kind: Vocabulary',
    `vocabulary: ${kind}`,
    'entries:',
    ...entries.map((e) => `  - { id: ${e.id}, label: { zh: ${e.zh}, en: ${e.en} }${e.extra ? `, ${e.extra}` : ''} }`),
  ];
}

/** The vocabularies an empty catalog starts with: one file per list the example role uses. */
function ownVocabularies(): Record<string, Line[]> {
  return {
    'vocabulary/families.yaml': vocabularyFile(
      'families',
      { en: '# Job families. Add yours; roles refer to them by id.', zh: '# 岗位族。请加入你自己的；岗位按编号引用。' },
      [{ id: 'general', zh: '综合', en: 'General' }],
    ),
    'vocabulary/categories.yaml': vocabularyFile(
      'categories',
      { en: '# Duty categories (duties[].category).', zh: '# 职责类别（duties[].category）。' },
      [
        { id: 'delivery', zh: '交付', en: 'Delivery' },
        { id: 'collaboration', zh: '协作', en: 'Collaboration' },
        { id: 'improvement', zh: '改进', en: 'Improvement' },
        { id: 'people', zh: '人员发展', en: 'People development' },
      ],
    ),
    'vocabulary/domains.yaml': vocabularyFile(
      'domains',
      { en: '# Permission domains (permissions[].domain).', zh: '# 权限领域（permissions[].domain）。' },
      [
        { id: 'work', zh: '工作安排', en: 'Work' },
        { id: 'budget', zh: '预算', en: 'Budget' },
        { id: 'people', zh: '人事', en: 'People' },
      ],
    ),
    'vocabulary/orientations.yaml': vocabularyFile(
      'orientations',
      { en: '# What roles are measured against (orientation).', zh: '# 岗位的衡量导向（orientation）。' },
      [
        { id: 'customer', zh: '客户导向', en: 'Customer-oriented' },
        { id: 'results', zh: '结果导向', en: 'Results-oriented' },
      ],
    ),
    'vocabulary/settings.yaml': vocabularyFile(
      'settings',
      { en: '# Work settings (workEnvironment.settings).', zh: '# 工作场所（workEnvironment.settings）。' },
      [
        { id: 'office', zh: '办公室', en: 'office' },
        { id: 'remote', zh: '远程', en: 'remote' },
      ],
    ),
    'vocabulary/kpis.yaml': vocabularyFile(
      'kpis',
      { en: '# KPIs: each says how it is measured.', zh: '# 绩效指标：每项写明如何衡量。' },
      [
        {
          id: 'goal-attainment',
          zh: '目标达成率',
          en: 'Goal attainment',
          extra:
            'type: quantitative, unit: percent, direction: higher, dataSource: { zh: 季度目标记录, en: Quarterly goal records }',
        },
      ],
    ),
  };
}

/** With `buildsOn: shipped`: one family of the catalog's own, to show where its own entries go. */
function shippedAdditions(): Record<string, Line[]> {
  return {
    'vocabulary/families.yaml': vocabularyFile(
      'families',
      {
        en: '# Job families of this catalog, on top of the shipped ones.',
        zh: '# 本目录自己的岗位族，在内置岗位族之外增加。',
      },
      [{ id: 'general', zh: '综合', en: 'General' }],
    ),
  };
}

function exampleRole(vocabulary: InitVocabulary): Line[] {
  const [category, domain, orientation, setting, kpi] =
    vocabulary === 'shipped'
      ? ['quality', 'process', 'operations', 'office', 'customer-satisfaction']
      : ['delivery', 'work', 'results', 'office', 'goal-attainment'];
  return [
    MODELINE,
    {
      en: '# An example role: copy it for each role of your catalog (one file per role, named after its id).',
      zh: '# 示例岗位：为目录中的每个岗位复制一份（每个岗位一个文件，以编号命名）。',
    },
    'apiVersion: rolematrix/v1',
    'kind: Role',
    'id: specialist',
    'title: { zh: 业务专员, en: Specialist }',
    'family: general',
    'level: senior',
    `orientation: ${orientation}`,
    'summary:',
    '  zh: 负责本领域日常业务的交付，并持续改进工作方法。',
    '  en: Delivers the day-to-day work of the area and keeps improving how it is done.',
    'workEnvironment:',
    `  settings: [${setting}]`,
    'duties:',
    '  - id: daily-delivery',
    '    title: { zh: 日常交付, en: Day-to-day delivery }',
    `    category: ${category}`,
    '    activities:',
    '      - { zh: 按计划完成分配的工作, en: Complete assigned work on plan }',
    'permissions:',
    '  - id: work-planning',
    '    title: { zh: 个人工作安排, en: Planning own work }',
    `    domain: ${domain}`,
    '    authority: decides',
    'kpis:',
    `  - { ref: ${kpi}, frequency: quarterly }`,
  ];
}

/** The files `init` writes, as texts, in the language asked for (schema file not included). */
export function initFiles(vocabulary: InitVocabulary, lang: Lang): SourceFile[] {
  const files: Record<string, Line[]> = {
    'catalog.yaml': catalogFile(vocabulary),
    ...(vocabulary === 'shipped' ? shippedAdditions() : ownVocabularies()),
    'specialist.yaml': exampleRole(vocabulary),
  };
  return Object.entries(files).map(([path, lines]) => ({ path, text: text(lines, lang) }));
}

/**
 * `init [dir]`: a new catalog that validates as written, with its own JSON Schema for editor completion. Nothing is
 * written when a file it would write exists already.
 */
export function initCommand(
  io: CliIO,
  opts: { lang: Lang; vocabulary: string | undefined },
  dir: string | undefined,
): number {
  // --vocabulary is empty or shipped: the command line is checked against the definition (defs/init.ts).
  const vocabulary = opts.vocabulary === 'shipped' ? 'shipped' : 'empty';
  const target = dir ?? '.';
  const files = initFiles(vocabulary, opts.lang);
  const { catalog, diagnostics } = loadDocuments(files, { resolveBase: shippedVocabularies });
  if (hasErrors(diagnostics)) {
    // The templates are ours: a finding here is a bug, shown rather than written.
    printDiagnostics(io, diagnostics, opts.lang);
    return EXIT.findings;
  }
  const all = [
    ...files,
    { path: 'rolematrix.schema.json', text: `${JSON.stringify(catalogJsonSchema(catalog), null, 2)}\n` },
  ];
  const taken = all.filter((f) => existsSync(join(target, f.path))).map((f) => f.path);
  if (taken.length > 0)
    throw new UsageError({
      en: `"${target}" already has ${taken.join(', ')}; init writes a new catalog only where none of its files exist. Choose an empty directory.`,
      zh: `"${target}" 中已有 ${taken.join('、')}；init 只在这些文件都不存在时创建新目录。请选择一个空目录。`,
    });
  if (existsSync(target) && readdirSync(target).some((f) => /\.ya?ml$/i.test(f)))
    throw new UsageError({
      en: `"${target}" already holds YAML files; init starts a catalog in an empty directory.`,
      zh: `"${target}" 中已有 YAML 文件；init 只在空目录中创建目录。`,
    });
  writeAll(all.map((f) => ({ path: join(target, f.path), content: f.text })));
  io.stdout(
    opts.lang === 'zh'
      ? `已在 ${target} 中创建岗位目录（${all.length} 个文件）。下一步：rolematrix validate ${target}\n`
      : `Created a role catalog in ${target} (${all.length} files). Next: rolematrix validate ${target}\n`,
  );
  return EXIT.ok;
}
