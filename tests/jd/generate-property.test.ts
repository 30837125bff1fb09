import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadDocuments } from '../../src/catalog/load.js';
import { checkJobDescription } from '../../src/jd/check.js';
import { generateJobDescription } from '../../src/jd/generate/index.js';
import { BUILTIN_LEVELS } from '../../src/model/defaults.js';
import { generateCatalog } from '../bench/generate.js';

// Every role of a generated catalog gets a job description that check-jd, run against that role, finds nothing wrong
// with (no error or warning), in Chinese and in English. The catalogs are random: duties drawn from a pool of work a
// company's roles really do, random requirements (years, education, skills at every level), KPIs with every kind of
// target, reporting lines, and roles with little or nothing beyond what the model requires.

const t = (zh: string, en: string) => ({ zh, en });

/** Duties as a role writes them: a title, a description, key activities. Written for this test. */
const DUTIES = [
  {
    title: t('月度结账', 'Month-end close'),
    description: t('按时完成月末结账和对账。', 'Closes the books and reconciles accounts each month.'),
    activities: [
      t('核对银行流水与总账', 'Reconcile bank statements with the ledger'),
      t('编制月度试算平衡表', 'Prepare the monthly trial balance'),
      t('跟进未清往来款项', 'Chase open receivables and payables'),
    ],
  },
  {
    title: t('仓库收发货', 'Warehouse receiving and dispatch'),
    description: t('负责货物的入库、出库与盘点。', 'Receives, stores and ships goods and counts stock.'),
    activities: [
      t('核对到货单据并入库', 'Check delivery notes and put goods away'),
      t('按订单拣货打包', 'Pick and pack orders'),
      t('每月组织库存盘点', 'Run the monthly stock count'),
    ],
  },
  {
    title: t('招聘与入职', 'Recruiting and onboarding'),
    description: t(
      '为各部门招到合适的人，并帮助新人顺利入职。',
      'Finds the right people for each team and helps new hires settle in.',
    ),
    activities: [
      t('发布职位并筛选简历', 'Post openings and screen CVs'),
      t('安排面试并收集反馈', 'Schedule interviews and collect feedback'),
      t('办理入职手续', 'Handle the paperwork for new hires'),
    ],
  },
  {
    title: t('网站内容维护', 'Website content'),
    description: t('保持官网内容准确、及时。', 'Keeps the company website accurate and current.'),
    activities: [
      t('撰写和更新产品页面', 'Write and update product pages'),
      t('检查失效链接', 'Check for broken links'),
    ],
  },
  {
    title: t('设备巡检', 'Equipment inspection'),
    description: t(
      '定期检查生产设备，及早发现故障隐患。',
      'Inspects production equipment on a schedule to catch faults early.',
    ),
    activities: [
      t('按巡检表逐项检查', 'Work through the inspection checklist'),
      t('记录异常并报修', 'Log anomalies and raise repair tickets'),
      t('更新设备台账', 'Keep the equipment register up to date'),
    ],
  },
  {
    title: t('供应商对接', 'Supplier liaison'),
    description: t('与供应商沟通交期和质量问题。', 'Works with suppliers on delivery dates and quality issues.'),
    activities: [
      t('跟踪采购订单交期', 'Track purchase order delivery dates'),
      t('反馈来料质量问题', 'Report incoming quality problems'),
    ],
  },
  {
    title: t('培训课程开发', 'Training course design'),
    description: t('设计并更新内部培训课程。', 'Designs and updates internal training courses.'),
    activities: [
      t('调研培训需求', 'Survey training needs'),
      t('编写课件和练习', 'Write slides and exercises'),
      t('收集学员评价', 'Collect trainee feedback'),
    ],
  },
  {
    title: t('数据报表', 'Data reporting'),
    description: t('整理业务数据，按周出具报表。', 'Compiles business data into weekly reports.'),
    activities: [
      t('从业务系统导出数据', 'Export data from the business systems'),
      t('制作周报图表', 'Build the weekly charts'),
    ],
  },
  // No activities: the duty is written with its description. (A duty with a title alone is too little for check-jd
  // to recognise; generate.test.ts shows the warning that points at it.)
  {
    title: t('前台接待', 'Front desk'),
    description: t('接待来访客人并登记，转接来电。', 'Greets visitors, signs them in and puts calls through.'),
    activities: [],
  },
];

const SKILLS = [
  t('财务分析', 'Financial analysis'),
  t('库存管理', 'Inventory management'),
  t('面试技巧', 'Interviewing'),
  t('文案写作', 'Copywriting'),
  t('设备维护', 'Equipment maintenance'),
  t('数据可视化', 'Data visualization'),
];
const TRAITS = [t('细致', 'Attention to detail'), t('耐心', 'Patience'), t('条理清晰', 'Orderliness')];
const KPIS = [
  { label: t('结账及时率', 'On-time close rate'), unit: 'percent', direction: 'higher' },
  { label: t('库存准确率', 'Stock accuracy'), unit: 'percent', direction: 'higher' },
  { label: t('招聘周期', 'Time to hire'), unit: 'days', direction: 'lower' },
  { label: t('设备停机时长', 'Equipment downtime'), unit: 'hours', direction: 'lower' },
  { label: t('课程满意度', 'Course satisfaction'), unit: 'score', direction: 'higher' },
] as const;

const roleArb = fc.record({
  level: fc.constantFrom(...BUILTIN_LEVELS.map((l) => l.id)),
  duties: fc.uniqueArray(fc.nat({ max: DUTIES.length - 1 }), { minLength: 1, maxLength: 6 }),
  // A role asks for something (here at least an education level); one that asks for nothing has no requirements
  // section, which check-jd rightly reports (tested in generate.test.ts).
  education: fc.constantFrom('none', 'secondary', 'associate', 'bachelor', 'master', 'doctorate'),
  fields: fc.boolean(),
  years: fc.option(
    fc.record({
      min: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
      span: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  management: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  areas: fc.boolean(),
  skills: fc.uniqueArray(
    fc.record({
      i: fc.nat({ max: SKILLS.length - 1 }),
      level: fc.constantFrom('basic', 'working', 'advanced', 'expert'),
    }),
    { selector: (s) => s.i, maxLength: 4 },
  ),
  traits: fc.uniqueArray(fc.nat({ max: TRAITS.length - 1 }), { maxLength: 3 }),
  kpis: fc.uniqueArray(
    fc.record({
      i: fc.nat({ max: KPIS.length - 1 }),
      op: fc.constantFrom('>=', '<=', '>', '<', '=', 'between', 'none', 'text'),
      value: fc.integer({ min: 1, max: 99 }),
    }),
    { selector: (k) => k.i, maxLength: 4 },
  ),
  boss: fc.option(fc.nat(), { nil: undefined }),
});

type RoleSpec = typeof roleArb extends fc.Arbitrary<infer R> ? R : never;

function catalogFiles(roles: RoleSpec[]) {
  const vocab = (vocabulary: string, entries: object[]) =>
    stringify({ apiVersion: 'rolematrix/v1', kind: 'Vocabulary', vocabulary, entries });
  const files = [
    {
      path: 'catalog.yaml',
      text: stringify({
        apiVersion: 'rolematrix/v1',
        kind: 'Catalog',
        name: t('测试公司', 'Test company'),
        languages: ['zh', 'en'],
      }),
    },
    { path: 'families.yaml', text: vocab('families', [{ id: 'ops', label: t('运营', 'Operations') }]) },
    {
      path: 'skills.yaml',
      text: vocab(
        'skills',
        SKILLS.map((label, i) => ({ id: `skill-${i}`, label })),
      ),
    },
    {
      path: 'traits.yaml',
      text: vocab(
        'traits',
        TRAITS.map((label, i) => ({ id: `trait-${i}`, label })),
      ),
    },
    {
      path: 'fields.yaml',
      text: vocab('fields', [
        { id: 'accounting', label: t('会计', 'Accounting') },
        { id: 'logistics', label: t('物流管理', 'Logistics') },
      ]),
    },
    {
      path: 'kpis.yaml',
      text: vocab(
        'kpis',
        KPIS.map((k, i) => ({
          id: `kpi-${i}`,
          label: k.label,
          type: 'quantitative',
          unit: k.unit,
          direction: k.direction,
        })),
      ),
    },
  ];
  roles.forEach((r, n) => {
    const min = r.years?.min;
    const years =
      r.years === undefined
        ? undefined
        : {
            ...(min === undefined ? {} : { min }),
            ...(min !== undefined && r.years.span !== undefined ? { max: min + r.years.span } : {}),
          };
    const experience = {
      ...(years === undefined || Object.keys(years).length === 0 ? {} : { years }),
      ...(r.management === undefined ? {} : { management: { years: { min: r.management } } }),
      ...(r.areas ? { areas: [t('制造业', 'manufacturing'), t('物流行业', 'logistics')] } : {}),
    };
    const qualifications = {
      ...(r.education === undefined
        ? {}
        : { education: { minimum: r.education, ...(r.fields ? { fields: ['accounting', 'logistics'] } : {}) } }),
      ...(Object.keys(experience).length === 0 ? {} : { experience }),
      ...(r.skills.length === 0 ? {} : { skills: r.skills.map((s) => ({ ref: `skill-${s.i}`, level: s.level })) }),
      ...(r.traits.length === 0 ? {} : { traits: r.traits.map((i) => `trait-${i}`) }),
    };
    const kpis = r.kpis.map((k) => ({
      ref: `kpi-${k.i}`,
      frequency: 'monthly',
      ...(k.op === 'none'
        ? {}
        : k.op === 'text'
          ? { target: { text: t('达到年度计划', 'Meet the yearly plan') } }
          : {
              target:
                k.op === 'between' ? { op: k.op, value: k.value, max: k.value + 10 } : { op: k.op, value: k.value },
            }),
    }));
    const role = {
      apiVersion: 'rolematrix/v1',
      kind: 'Role',
      id: `role-${n}`,
      title: t(`岗位${n}`, `Role ${n}`),
      family: 'ops',
      level: r.level,
      orientation: 'operations',
      summary: t(`负责第${n}个岗位的日常工作。`, `Runs the day-to-day work of role ${n}.`),
      ...(r.boss !== undefined && n > 0 ? { reportsTo: `role-${r.boss % n}` } : {}),
      ...(r.duties.length === 0
        ? {}
        : {
            duties: r.duties.map((d) => {
              const duty = DUTIES[d]!;
              return {
                id: `duty-${d}`,
                title: duty.title,
                ...(duty.description ? { description: duty.description } : {}),
                ...(duty.activities.length > 0 ? { activities: duty.activities } : {}),
              };
            }),
          }),
      ...(Object.keys(qualifications).length === 0 ? {} : { qualifications }),
      ...(kpis.length === 0 ? {} : { kpis }),
    };
    files.push({ path: `roles/role-${n}.yaml`, text: stringify(role) });
  });
  return files;
}

/** The errors and warnings check-jd reports on each role's generated JD, in both languages. */
function problems(files: { path: string; text: string }[]): string[] {
  const { catalog, diagnostics, documents } = loadDocuments(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const out: string[] = [];
  for (const role of catalog.list())
    for (const lang of ['zh', 'en'] as const) {
      const jd = generateJobDescription(role, { catalog, lang, documents });
      const report = checkJobDescription(jd.markdown, catalog, { role: role.id });
      for (const d of [...jd.diagnostics, ...report.diagnostics])
        if (d.severity !== 'info') out.push(`${role.id} ${lang} ${d.code} ${d.path}: ${d.message}\n${jd.markdown}`);
    }
  return out;
}

describe('generated job descriptions pass check-jd against their role', () => {
  test('every role of random catalogs, in zh and en', () => {
    fc.assert(
      fc.property(fc.array(roleArb, { minLength: 1, maxLength: 5 }), (roles) => {
        expect(problems(catalogFiles(roles))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  test('every role of the synthetic benchmark catalog (full roles: 7 duties, 6 permissions, 4 KPIs each)', () => {
    expect(problems(generateCatalog(24))).toEqual([]);
  });
});
