// The built-in HR thesaurus: words of everyday job descriptions that mean one thing, in both languages.
// A catalog adds groups (or replaces one by its id) in a vocabulary of kind `synonyms` (docs/model.md).
//
// A group should hold words a reader would swap without a second thought in a job description. Words with a
// second common meaning stay out ("call" is a phone call and a decision; "case" is a ticket and an argument), and
// so do words that only share a topic ("sales" and "commission").

/** One group of the built-in thesaurus. */
export interface BuiltinSynonyms {
  id: string;
  zh: readonly string[];
  en: readonly string[];
  /**
   * Marks a kind of job: a posting whose title or duties say it is not for a role whose own texts never do (a sales
   * quota under a 客服 title). Kept to words no other kind of job uses in its duties.
   */
  defining?: true;
  /**
   * English words that share a member's base form but not its meaning: "commissioning" a plant is no sales
   * commission. Such a word is read as itself.
   */
  except?: readonly string[];
}

export const BUILTIN_SYNONYMS: readonly BuiltinSynonyms[] = [
  // Service and customers
  { id: 'customer', zh: ['客户', '顾客'], en: ['customer', 'client'] },
  { id: 'customer-service', zh: ['客服', '客户服务'], en: ['customer service', 'customer support'] },
  { id: 'complaint', zh: ['投诉', '客诉'], en: ['complaint', 'grievance'] },
  { id: 'enquiry', zh: ['咨询', '询问', '问询', '疑问'], en: ['enquiry', 'inquiry', 'question', 'query'] },
  { id: 'agent', zh: ['坐席', '座席', '话务员', '接线员'], en: ['agent', 'call taker'] },
  {
    id: 'call-centre',
    zh: ['呼叫中心', '客服中心', '联络中心'],
    en: ['call center', 'call centre', 'contact center', 'contact centre'],
  },
  { id: 'hotline', zh: ['热线'], en: ['hotline', 'helpline'] },
  { id: 'telephone', zh: ['电话', '来电'], en: ['phone', 'telephone'] },
  { id: 'email', zh: ['邮件', '电子邮件'], en: ['email', 'e-mail'] },
  { id: 'live-chat', zh: ['在线聊天', '在线客服'], en: ['live chat', 'online chat', 'webchat'] },
  { id: 'ticket', zh: ['工单'], en: ['ticket', 'work order'] },
  { id: 'escalate', zh: ['升级', '上报', '转交上级'], en: ['escalate', 'escalation'] },
  // 升级 is an escalation in service work; these longer words keep an upgrade apart.
  { id: 'upgrade', zh: ['系统升级', '版本升级', '产品升级', '软件升级'], en: ['upgrade'] },
  { id: 'follow-up', zh: ['回访', '跟进'], en: ['follow up', 'follow-up'] },
  { id: 'feedback', zh: ['反馈'], en: ['feedback'] },
  { id: 'answer', zh: ['解答', '答复', '回复'], en: ['answer', 'reply'] },
  { id: 'handle', zh: ['处理', '受理'], en: ['handle', 'deal with'] },
  { id: 'resolve', zh: ['解决'], en: ['resolve', 'resolution', 'solve'] },
  { id: 'refund', zh: ['退款', '退费'], en: ['refund'] },
  { id: 'after-sales', zh: ['售后'], en: ['after-sales', 'after sales', 'aftersales'] },
  { id: 'pre-sales', zh: ['售前'], en: ['pre-sales', 'presales'] },
  { id: 'prospect', zh: ['潜在客户', '意向客户'], en: ['prospect', 'potential customer', 'potential client'] },
  { id: 'satisfaction', zh: ['满意度'], en: ['satisfaction'] },
  { id: 'knowledge-base', zh: ['知识库'], en: ['knowledge base'] },
  { id: 'script', zh: ['话术'], en: ['script', 'call script'] },
  { id: 'emergency', zh: ['突发事件', '紧急情况', '应急'], en: ['emergency', 'crisis'] },
  { id: 'record', zh: ['记录', '登记'], en: ['record', 'log'] },
  { id: 'renewal', zh: ['续约', '续费', '续签'], en: ['renewal', 'renew'] },
  { id: 'churn', zh: ['流失'], en: ['churn', 'attrition'] },
  { id: 'retention', zh: ['留存', '挽留'], en: ['retention', 'retain'] },
  { id: 'upsell', zh: ['增购', '交叉销售'], en: ['upsell', 'up-sell', 'cross-sell', 'cross sell'] },
  { id: 'relationship', zh: ['关系'], en: ['relationship'] },
  { id: 'sales', zh: ['销售'], en: ['sales', 'selling'] },
  {
    id: 'commission',
    zh: ['提成', '佣金'],
    en: ['commission'],
    defining: true,
    except: ['commissioning', 'commissioned'],
  },
  { id: 'quota', zh: ['业绩指标', '销售指标', '销售任务', '销售业绩'], en: ['quota', 'sales target'], defining: true },
  {
    id: 'close-deal',
    zh: ['成交', '签单', '开单'],
    en: ['close deals', 'closing deals', 'close sales'],
    defining: true,
  },

  // Projects and planning
  { id: 'project', zh: ['项目'], en: ['project'] },
  { id: 'plan', zh: ['计划', '规划'], en: ['plan', 'planning'] },
  { id: 'schedule', zh: ['排期', '日程', '进度计划'], en: ['schedule', 'timeline'] },
  { id: 'shift-roster', zh: ['排班', '班表'], en: ['roster', 'rota', 'shift schedule', 'shift planning'] },
  { id: 'progress', zh: ['进度', '进展'], en: ['progress'] },
  { id: 'milestone', zh: ['里程碑'], en: ['milestone'] },
  { id: 'deliverable', zh: ['交付物', '可交付成果'], en: ['deliverable'] },
  { id: 'deliver', zh: ['交付'], en: ['deliver', 'delivery'] },
  { id: 'scope', zh: ['范围'], en: ['scope'] },
  { id: 'requirement', zh: ['需求'], en: ['requirement'] },
  { id: 'risk', zh: ['风险'], en: ['risk'] },
  { id: 'issue', zh: ['问题'], en: ['issue', 'problem'] },
  { id: 'budget', zh: ['预算'], en: ['budget'] },
  { id: 'cost', zh: ['成本', '费用'], en: ['cost', 'expense'] },
  { id: 'resource', zh: ['资源'], en: ['resource'] },
  { id: 'stakeholder', zh: ['干系人', '相关方', '利益相关者', '利益相关方'], en: ['stakeholder'] },
  { id: 'vendor', zh: ['供应商', '厂商'], en: ['vendor', 'supplier'] },
  { id: 'contract', zh: ['合同'], en: ['contract'] },
  { id: 'negotiate', zh: ['谈判', '洽谈', '协商'], en: ['negotiate', 'negotiation'] },
  { id: 'change-request', zh: ['变更', '变更请求'], en: ['change request', 'change control'] },
  { id: 'acceptance', zh: ['验收'], en: ['acceptance', 'sign-off', 'sign off'] },
  { id: 'meeting', zh: ['会议', '例会'], en: ['meeting'] },
  { id: 'report', zh: ['报告', '汇报', '报表'], en: ['report', 'reporting'] },
  { id: 'document', zh: ['文档'], en: ['documentation'] },
  { id: 'deadline', zh: ['截止日期', '期限'], en: ['deadline', 'due date'] },
  { id: 'portfolio', zh: ['项目组合'], en: ['portfolio'] },

  // Management and people
  { id: 'team', zh: ['团队', '小组', '班组'], en: ['team', 'squad'] },
  { id: 'manage', zh: ['管理'], en: ['manage', 'management'] },
  { id: 'supervise', zh: ['监督', '督导'], en: ['supervise', 'oversee', 'oversight'] },
  { id: 'coordinate', zh: ['协调', '统筹'], en: ['coordinate', 'coordination', 'liaise'] },
  { id: 'communicate', zh: ['沟通', '交流'], en: ['communicate', 'communication'] },
  { id: 'mentor', zh: ['带教', '辅导', '传帮带'], en: ['mentor', 'coach'] },
  { id: 'train', zh: ['培训'], en: ['train', 'training'] },
  { id: 'recruit', zh: ['招聘', '招募'], en: ['recruit', 'recruiting', 'hiring', 'hire'] },
  { id: 'onboarding', zh: ['入职'], en: ['onboarding', 'onboard'] },
  {
    id: 'performance-review',
    zh: ['绩效考核', '绩效评估', '绩效面谈'],
    en: ['performance review', 'performance appraisal', 'appraisal'],
  },
  { id: 'assess', zh: ['评估', '考核', '评价'], en: ['assess', 'assessment', 'evaluate', 'evaluation'] },
  { id: 'approve', zh: ['审批', '批准'], en: ['approve', 'approval'] },
  { id: 'review', zh: ['审核', '审查', '评审'], en: ['review'] },
  { id: 'decide', zh: ['决策', '决定', '拍板'], en: ['decide', 'decision', 'final call', 'final say'] },
  { id: 'goal', zh: ['目标'], en: ['goal', 'objective'] },
  { id: 'metric', zh: ['指标'], en: ['metric', 'indicator'] },
  { id: 'strategy', zh: ['战略', '策略'], en: ['strategy'] },
  { id: 'policy', zh: ['政策', '制度', '规章'], en: ['policy', 'policies'] },
  { id: 'standard', zh: ['标准', '规范'], en: ['standard'] },
  { id: 'process', zh: ['流程'], en: ['process', 'workflow', 'procedure'] },
  { id: 'improve', zh: ['改进', '优化', '提升'], en: ['improve', 'improvement', 'optimise', 'optimize'] },
  { id: 'analyse', zh: ['分析'], en: ['analyse', 'analyze', 'analysis'] },
  { id: 'quality', zh: ['质量', '品质'], en: ['quality'] },
  { id: 'quality-check', zh: ['质检', '质量检查'], en: ['quality check', 'quality assurance', 'qa'] },
  { id: 'compliance', zh: ['合规'], en: ['compliance', 'regulatory'] },
  { id: 'audit', zh: ['审计'], en: ['audit'] },
  { id: 'shift', zh: ['倒班', '轮班'], en: ['shift work', 'shifts'] },
  { id: 'attendance', zh: ['考勤'], en: ['attendance'] },
  { id: 'salary', zh: ['薪资', '工资', '薪酬'], en: ['salary', 'payroll', 'compensation'] },
  { id: 'benefits', zh: ['福利'], en: ['benefits', 'perks'] },
  { id: 'leadership', zh: ['领导力'], en: ['leadership'] },

  // Technology and operations
  { id: 'on-call', zh: ['值班', '轮值', '值守'], en: ['on call', 'on-call', 'pager duty'] },
  { id: 'incident', zh: ['故障', '线上事故'], en: ['incident', 'outage'] },
  { id: 'troubleshoot', zh: ['排查', '排障', '排错'], en: ['troubleshoot', 'troubleshooting', 'debug', 'diagnose'] },
  { id: 'monitor', zh: ['监控', '监测'], en: ['monitor', 'monitoring'] },
  { id: 'release', zh: ['发布', '上线', '部署'], en: ['release', 'deploy', 'deployment', 'rollout'] },
  { id: 'code-review', zh: ['代码评审', '代码审查'], en: ['code review'] },
  { id: 'architecture', zh: ['架构'], en: ['architecture'] },
  { id: 'design', zh: ['设计'], en: ['design'] },
  { id: 'test', zh: ['测试'], en: ['test', 'testing'] },
  { id: 'defect', zh: ['缺陷'], en: ['defect', 'bug'] },
  { id: 'security', zh: ['安全'], en: ['security'] },
  { id: 'data', zh: ['数据'], en: ['data'] },
  { id: 'system', zh: ['系统'], en: ['system'] },

  // Everyday words of job descriptions, so a text in one language meets the other
  { id: 'use', zh: ['使用', '运用'], en: ['use', 'spend'] },
  { id: 'control', zh: ['控制', '管控'], en: ['control'] },
  { id: 'allocate', zh: ['分配', '调配'], en: ['allocate', 'allocation'] },
  { id: 'department', zh: ['部门'], en: ['department'] },
  { id: 'company', zh: ['企业'], en: ['company', 'organisation', 'organization'] },
  { id: 'set', zh: ['制定', '设定', '确定'], en: ['set', 'define', 'lay down'] },
  { id: 'limit', zh: ['限度', '额度', '上限'], en: ['limit'] },
  { id: 'exceed', zh: ['超出', '超过'], en: ['exceed', 'beyond'] },
  { id: 'information', zh: ['信息', '资料'], en: ['information', 'details'] },
  { id: 'obtain', zh: ['获取', '取得'], en: ['obtain', 'access'] },
  { id: 'confidential', zh: ['保密'], en: ['confidential', 'confidentiality'] },
  { id: 'rule', zh: ['规定', '规则'], en: ['rule', 'regulation'] },
  { id: 'product', zh: ['产品'], en: ['product'] },
  { id: 'operations', zh: ['运营'], en: ['operations', 'operating'] },
  { id: 'service', zh: ['服务'], en: ['service'] },
  { id: 'task', zh: ['任务'], en: ['task', 'assignment'] },
  { id: 'member', zh: ['成员'], en: ['member'] },
  { id: 'select', zh: ['挑选', '选择', '甄选'], en: ['select', 'selection', 'choose'] },
  { id: 'propose', zh: ['建议', '提议'], en: ['propose', 'proposal', 'recommend', 'recommendation'] },
  { id: 'apply', zh: ['申请'], en: ['request', 'apply for'] },
  { id: 'organise', zh: ['组织'], en: ['organise', 'organize'] },
  { id: 'execute', zh: ['执行', '实施'], en: ['execute', 'carry out', 'implement'] },
  { id: 'lead', zh: ['带领', '领导', '主导'], en: ['lead'] },
  { id: 'cross-department', zh: ['跨部门'], en: ['cross-department', 'cross-functional'] },
  { id: 'collect', zh: ['收集', '搜集'], en: ['collect', 'gather'] },
  { id: 'solution', zh: ['方案'], en: ['solution', 'remedy'] },
  { id: 'cause', zh: ['原因'], en: ['cause', 'root cause'] },
  { id: 'customer-experience', zh: ['客户体验', '用户体验'], en: ['customer experience', 'user experience'] },
  { id: 'loyalty', zh: ['忠诚度'], en: ['loyalty'] },
  { id: 'brand', zh: ['品牌'], en: ['brand'] },
  { id: 'reputation', zh: ['口碑', '声誉'], en: ['reputation'] },
  { id: 'market', zh: ['市场'], en: ['market'] },
  { id: 'promotion', zh: ['晋升'], en: ['promotion', 'promote'] },
  { id: 'transfer', zh: ['调岗', '岗位调动'], en: ['reassignment', 'job transfer'] },
  { id: 'reward', zh: ['奖励', '奖惩'], en: ['reward'] },
  { id: 'adjust', zh: ['调整'], en: ['adjust', 'adjustment'] },
  { id: 'time', zh: ['时间', '时效'], en: ['time'] },
  { id: 'on-time', zh: ['按时', '准时'], en: ['on time', 'on-time'] },
  { id: 'efficiency', zh: ['效率'], en: ['efficiency'] },
  { id: 'rate', zh: ['比例', '比率'], en: ['rate', 'ratio'] },
];
