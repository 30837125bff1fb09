import { cell, type Table } from '../../src/render/table.js';

/** A small Chinese comparison: two section rows, a multi-line cell, every mark once or more, one value cell. */
export const ZH: Table = {
  title: '岗位对比：客服专员 与 客服主管',
  caption: '相似度 = 2 × 共同词数 ÷ 两者词数之和',
  columns: ['项目', '客服专员', '客服主管'],
  rows: [
    { section: true, cells: [cell('岗位职责')] },
    {
      cells: [
        cell('投诉处理'),
        cell(['受理客户投诉', '记录处理结果'], 'shared'),
        cell(['受理客户投诉', '记录处理结果'], 'shared'),
      ],
    },
    { cells: [cell('回访'), cell('电话回访客户', 'similar', 0.82), cell('抽查回访质量', 'changed')] },
    { cells: [cell('排班'), cell('执行标准话术', 'onlyA'), cell('安排班组排班', 'onlyB')] },
    { section: true, cells: [cell('岗位权限')] },
    { cells: [cell('退款审批'), cell('提议', 'lowered'), cell('决定', 'raised')] },
    { cells: [cell('校验'), cell('缺少绩效指标', 'warning'), cell('引用了不存在的岗位', 'error')] },
  ],
  legend: {
    shared: '相同',
    similar: '相似',
    onlyA: '仅客服专员',
    onlyB: '仅客服主管',
    changed: '不同',
    raised: '更高',
    lowered: '更低',
    error: '错误',
    warning: '警告',
  },
};

/** The same table in English. */
export const EN: Table = {
  title: 'Customer service agent vs supervisor',
  caption: 'Similarity = 2 × shared words ÷ all words',
  columns: ['Item', 'Agent', 'Supervisor'],
  rows: [
    { section: true, cells: [cell('Duties')] },
    {
      cells: [
        cell('Complaints'),
        cell(['Handle complaints', 'Record outcomes'], 'shared'),
        cell(['Handle complaints', 'Record outcomes'], 'shared'),
      ],
    },
    { cells: [cell('Follow-up'), cell('Call customers back', 'similar', 0.82), cell('Audit call-backs', 'changed')] },
    { cells: [cell('Rota'), cell('Follow the scripts', 'onlyA'), cell('Plan the team rota', 'onlyB')] },
    { section: true, cells: [cell('Permissions')] },
    { cells: [cell('Refunds'), cell('proposes', 'lowered'), cell('decides', 'raised')] },
    { cells: [cell('Checks'), cell('No KPIs', 'warning'), cell('Unknown role', 'error')] },
  ],
  legend: {
    shared: 'same',
    similar: 'similar',
    onlyA: 'agent only',
    onlyB: 'supervisor only',
    changed: 'different',
    raised: 'higher',
    lowered: 'lower',
    error: 'error',
    warning: 'warning',
  },
};

/**
 * A realistic three-role comparison the way the compare engine will build it: long duty sentences that wrap, mixed
 * Chinese and Latin text, a similarity row with values for the heatmap, and text that needs escaping in every format.
 */
export const REALISTIC: Table = {
  title: '岗位对比：客服专员 / 客服主管 / 客户成功经理',
  caption: '相似度按职责词集的 Dice 系数计算（0–1）；“=” 表示三者相同，“≈” 表示措辞不同但含义相近。',
  columns: [
    '维度',
    '客服专员 (customer-service-agent)',
    '客服主管 (customer-service-supervisor)',
    '客户成功经理 (customer-success-manager)',
  ],
  rows: [
    { section: true, cells: [cell('岗位职责')] },
    {
      cells: [
        cell('客户咨询'),
        cell(['通过电话、在线客服和邮件受理客户咨询，并在 CRM 系统中完整记录每一次接触'], 'similar', 0.78),
        cell(['监控班组的咨询接通率与首次解决率，每周复盘典型案例'], 'similar', 0.78),
        cell([], 'onlyA'),
      ],
    },
    {
      cells: [
        cell('投诉处理'),
        cell(['受理一般投诉', '48 小时内回复客户'], 'shared', 1),
        cell(['受理一般投诉', '48 小时内回复客户', '处理升级投诉并决定补偿方案（≤ 2,000 元）'], 'shared', 1),
        cell(['跟进重点客户的投诉闭环'], 'changed', 0.41),
      ],
    },
    {
      cells: [
        cell('客户成功'),
        cell([]),
        cell([]),
        cell(
          ['制定重点客户的年度成功计划（Success Plan），季度业务回顾 QBR', '推动续约与增购，"净收入留存率" ≥ 110%'],
          'onlyB',
        ),
      ],
    },
    { section: true, cells: [cell('岗位权限')] },
    { cells: [cell('补偿审批'), cell('提议', 'lowered'), cell('决定', 'raised'), cell('审核', 'changed')] },
    { cells: [cell('知识库 <FAQ>'), cell('查阅'), cell('编辑 & 发布', 'raised'), cell('查阅')] },
    { section: true, cells: [cell('校验')] },
    {
      cells: [
        cell('完整性'),
        cell('缺少绩效指标 | KPI', 'warning'),
        cell([]),
        cell('汇报对象 sales-director 不存在', 'error'),
      ],
    },
    { section: true, cells: [cell('总体相似度')] },
    {
      cells: [
        cell('与客服专员'),
        cell('1.00', undefined, 1),
        cell('0.64', undefined, 0.64),
        cell('0.21', undefined, 0.21),
      ],
    },
  ],
  legend: {
    shared: '相同',
    similar: '相近',
    onlyA: '仅前两者',
    onlyB: '仅客户成功经理',
    changed: '不同',
    raised: '权限更高',
    lowered: '权限更低',
    error: '错误',
    warning: '警告',
  },
};
