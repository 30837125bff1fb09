import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { SourceFile } from '../../src/source/document.js';

const LEVELS = ['staff', 'senior', 'supervisor', 'manager', 'director', 'executive'] as const;
const SYLLABLES = ['ka', 'lo', 'mi', 'ner', 'ta', 'vo', 'shi', 'ren', 'qu', 'dal', 'bo', 'fen', 'gu', 'hai', 'jin'];
const ZH = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
/** A made-up word, distinct per number, so generated labels do not all share words. */
const word = (n: number) =>
  SYLLABLES[n % 15]! + SYLLABLES[Math.floor(n / 15) % 15]! + SYLLABLES[Math.floor(n / 225) % 15]!;
const zhWord = (n: number) => ZH[n % ZH.length]! + ZH[Math.floor(n / ZH.length) % ZH.length]!;

const AUTH = ['informed', 'consulted', 'proposes', 'participates', 'executes', 'decides', 'approves'] as const;

export interface GenerateOptions {
  roles: number;
  /** Duties per role (default 7, about the shipped roles). */
  duties?: number;
  /** Characters of text in role-0's summary and first duty description, in both languages. */
  longText?: number;
  /**
   * Duties written for each role (their descriptions and first activity name the role), as in a real catalog, instead
   * of the same seven duties word for word in every role: nothing for the comparison kernel to score once for all.
   */
  distinct?: boolean;
}

/** `length` characters of varied prose: Chinese sentences or English words, none repeating for a long stretch. */
function longText(lang: 'zh' | 'en', length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++)
    text +=
      lang === 'zh'
        ? `负责${zhWord(i)}客户投诉的受理与跟进，`
        : `Handles complaint ${word(i)} with care and follow-up. `;
  return text.slice(0, length);
}

/**
 * A synthetic but realistic catalog: shared vocabularies and `n` bilingual roles about the size of the shipped ones.
 */
export function generateCatalog(n: number, options: Partial<GenerateOptions> = {}): SourceFile[] {
  const dutyCount = options.duties ?? 7;
  const long = options.longText
    ? { zh: longText('zh', options.longText), en: longText('en', options.longText) }
    : undefined;
  const vocab = (kind: string, count: number, extra: (i: number) => object = () => ({})) => ({
    path: `roles/vocabulary/${kind}.yaml`,
    text: stringify({
      apiVersion: 'rolematrix/v1',
      kind: 'Vocabulary',
      vocabulary: kind,
      entries: Array.from({ length: count }, (_, i) => ({
        id: `${kind}-${i}`,
        label: {
          zh: `${zhWord(i * 7 + kind.length)}${zhWord(i * 11 + 3)}`,
          en: `${word(i * 7 + kind.length)} ${word(i * 13 + 5)}`,
        },
        ...extra(i),
      })),
    }),
  });
  const files: SourceFile[] = [
    {
      path: 'roles/catalog.yaml',
      text: stringify({
        apiVersion: 'rolematrix/v1',
        kind: 'Catalog',
        name: { zh: '基准目录', en: 'Benchmark catalog' },
        languages: ['zh', 'en'],
      }),
    },
    vocab('families', 10),
    vocab('kpis', 40, (i) => ({ type: 'quantitative', unit: 'percent', direction: i % 2 ? 'higher' : 'lower' })),
    vocab('skills', 60),
    vocab('traits', 20),
    vocab('tools', 20),
    vocab('fields', 20),
    vocab('audiences', 15),
    vocab('channels', 10),
  ];
  for (let r = 0; r < n; r++) {
    const level = LEVELS[r % LEVELS.length]!;
    const role = {
      apiVersion: 'rolematrix/v1',
      kind: 'Role',
      id: `role-${r}`,
      title: { zh: `岗位${r}`, en: `Role ${r}` },
      aliases: { zh: [`别名${r}`], en: [`Alias ${r}`] },
      family: `families-${r % 10}`,
      level,
      ...(r >= 6 ? { reportsTo: `role-${r - (r % 6) + 5 - 6}` } : {}),
      orientation: r % 2 ? 'customer' : 'project',
      summary: (r === 0 && long) || {
        zh: `这是第${r}个岗位的概述,说明其主要职责与工作重心。`,
        en: `Summary of role ${r}: its main duties and where its attention goes.`,
      },
      workEnvironment: {
        settings: ['office'],
        intensity: 'moderate',
        routine: 'mixed',
        description: { zh: '办公室环境。', en: 'Office work.' },
      },
      // Many duties (a hostile catalog) are written short, so 5,000 of them stay under the 1 MiB file limit.
      duties: Array.from({ length: dutyCount }, (_, d) =>
        dutyCount > 7 && !(r === 0 && d === 0 && long)
          ? {
              id: `duty-${d}`,
              title: { zh: `职责${d}`, en: `Duty ${d}` },
              description: { zh: `负责第${d}项工作。`, en: `Work item ${d}.` },
              category: 'operations',
            }
          : {
              id: `duty-${d}`,
              title: { zh: `职责${d}`, en: `Duty ${d}` },
              description:
                (r === 0 && d === 0 && long) ||
                (options.distinct
                  ? {
                      zh: `负责岗位${r}的第${d}项工作(编号${r}-${d}),确保质量与效率。`,
                      en: `Responsible for work item ${d} of role ${r} (ref ${r}x${d}), with quality and efficiency.`,
                    }
                  : {
                      zh: `负责第${d}项工作,确保质量与效率。`,
                      en: `Responsible for work item ${d}, with quality and efficiency.`,
                    }),
              category: 'operations',
              activities: [
                options.distinct
                  ? { zh: `活动${d}甲`, en: `Activity ${d}a of role ${r}` }
                  : { zh: `活动${d}甲`, en: `Activity ${d}a` },
                { zh: `活动${d}乙`, en: `Activity ${d}b` },
              ],
              keywords: { zh: [`关键词${d}`], en: [`keyword${d}`] },
            },
      ),
      permissions: Array.from({ length: 6 }, (_, p) => ({
        id: `perm-${p}`,
        title: { zh: `权限${p}`, en: `Right ${p}` },
        domain: 'people',
        authority: AUTH[(r + p) % AUTH.length],
        limit: { zh: '部门范围内', en: 'Within the department' },
      })),
      qualifications: {
        education: { minimum: 'associate', fields: [`fields-${r % 20}`] },
        experience: { years: { min: 3, max: 5 }, management: { years: { min: 1, max: 2 } } },
        skills: Array.from({ length: 5 }, (_, s) => ({ ref: `skills-${(r + s) % 60}`, level: 'advanced' })),
        traits: [`traits-${r % 20}`, `traits-${(r + 1) % 20}`],
        tools: [`tools-${r % 20}`],
      },
      kpis: Array.from({ length: 4 }, (_, k) => ({
        ref: `kpis-${(r + k) % 40}`,
        target: { op: '>=', value: 90, unit: 'percent' },
        frequency: 'monthly',
        weight: 25,
      })),
      stakeholders: [{ audience: `audiences-${r % 15}`, channels: [`channels-${r % 10}`, `channels-${(r + 3) % 10}`] }],
      career:
        r + 6 < n
          ? [{ to: `role-${r + 6}`, track: 'management' }]
          : [{ title: { zh: '高管', en: 'Executive' }, track: 'management' }],
    };
    files.push({
      path: `roles/role-${r}.yaml`,
      text: `# yaml-language-server: $schema=./rolematrix.schema.json\n${stringify(role)}`,
    });
  }
  return files;
}

/** Writes generated files into `dir` as a catalog directory: each role's file under `dir`, without the `roles/`. */
export function writeGenerated(dir: string, files: readonly SourceFile[]): void {
  for (const f of files) {
    const path = join(dir, f.path.replace(/^roles\//u, ''));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
}
