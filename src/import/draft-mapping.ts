// How values of the classification sources land on the catalog's own scales and lists when `rolematrix import onet`
// and `import csco` draft roles. Data, not code: a program may pass its own (`importOnet(db, { mapping })`), and
// docs/classifications.md explains each choice.
import type { EducationLevel, SkillLevel } from '../model/scales.js';

/** A range of years as the model writes it; null: no experience requirement. */
export type YearsMapping = { min?: number; max?: number } | null;

export interface DraftMapping {
  skills: {
    /** O*NET importance (IM, 1–5) a skill needs to be listed; 3.0 is the "important" mark (50 of 100). */
    minImportance: number;
    /** O*NET level (LV, 0–7) bands, lowest first: a level below `below` gets `level`; above all bands, `top`. */
    levels: readonly { below: number; level: SkillLevel }[];
    top: SkillLevel;
    /** At most this many skills per role, the most important first. */
    max: number;
  };
  knowledge: { minImportance: number; max: number };
  /** Technology skills as tools: hot technologies first, then in-demand ones, then the rest, at most `max`. */
  tools: { max: number };
  /** Alternate titles as aliases: at most `max`, in file order, short titles included. */
  aliases: { max: number };
  /**
   * The share of respondents (0–1) the requirement covers: the education and experience categories are read as the
   * lowest category at which this share of respondents is reached, counting from the lowest (0.5: the median).
   */
  share: number;
  /** Required Level of Education (RL) category → the catalog's education scale. */
  education: Readonly<Record<number, EducationLevel>>;
  /** Related Work Experience (RW) category → years. */
  experience: Readonly<Record<number, YearsMapping>>;
  /** Job zone → education and years, used where the RL or RW data is missing. */
  jobZones: Readonly<Record<number, { education: EducationLevel; years: YearsMapping }>>;
  /**
   * Words in a title that suggest a level of the catalog's ladder, tried in order; a level the ladder lacks is skipped.
   * With no match, the draft gets the lowest level of the ladder.
   */
  levels: readonly { pattern: RegExp; level: string }[];
  /** Orientations to give a draft, the first the catalog has (else its first orientation). */
  orientations: readonly string[];
  /** SOC major group (the code's first two digits) → a job family. */
  socMajorGroups: Readonly<Record<string, { id: string; en: string; zh: string }>>;
  /** 2022 classification major group (大类, the code's first digit) → a job family. */
  cscoMajorGroups: Readonly<Record<string, { id: string; en: string; zh: string }>>;
}

const group = (id: string, en: string, zh: string) => ({ id, en, zh });

export const DEFAULT_DRAFT_MAPPING: DraftMapping = {
  skills: {
    minImportance: 3,
    levels: [
      { below: 2, level: 'basic' },
      { below: 3.5, level: 'working' },
      { below: 5, level: 'advanced' },
    ],
    top: 'expert',
    max: 12,
  },
  knowledge: { minImportance: 3, max: 8 },
  tools: { max: 10 },
  aliases: { max: 15 },
  share: 0.5,
  education: {
    1: 'none', // Less than a High School Diploma
    2: 'secondary', // High School Diploma (or the equivalent, e.g. GED)
    3: 'secondary', // Post-Secondary Certificate
    4: 'secondary', // Some College Courses
    5: 'associate', // Associate's Degree (or other 2-year degree)
    6: 'bachelor', // Bachelor's Degree
    7: 'bachelor', // Post-Baccalaureate Certificate
    8: 'master', // Master's Degree
    9: 'master', // Post-Master's Certificate
    10: 'master', // First Professional Degree (law, medicine, …): a graduate degree below a doctorate
    11: 'doctorate', // Doctoral Degree
    12: 'doctorate', // Post-Doctoral Training
  },
  experience: {
    1: null, // None
    2: null, // Up to and including 1 month
    3: { max: 0.5 }, // Over 1 month, up to and including 3 months
    4: { max: 0.5 }, // Over 3 months, up to and including 6 months
    5: { min: 0.5, max: 1 }, // Over 6 months, up to and including 1 year
    6: { min: 1, max: 2 },
    7: { min: 2, max: 4 },
    8: { min: 4, max: 6 },
    9: { min: 6, max: 8 },
    10: { min: 8, max: 10 },
    11: { min: 10 }, // Over 10 years
  },
  jobZones: {
    1: { education: 'none', years: null }, // Little or no preparation needed
    2: { education: 'secondary', years: { max: 1 } }, // Some preparation needed
    3: { education: 'associate', years: { min: 1, max: 2 } }, // Medium preparation needed
    4: { education: 'bachelor', years: { min: 2, max: 4 } }, // Considerable preparation needed
    5: { education: 'master', years: { min: 4 } }, // Extensive preparation needed
  },
  levels: [
    { pattern: /\bchief\b|\bexecutives?\b|首席|总经理|总裁/i, level: 'executive' },
    { pattern: /\bdirectors?\b|总监/i, level: 'director' },
    { pattern: /\bmanagers?\b|经理|负责人/i, level: 'manager' },
    { pattern: /\bsupervisors?\b|主管|班组长|领班/i, level: 'supervisor' },
  ],
  orientations: ['operations'],
  socMajorGroups: {
    '11': group('management', 'Management', '管理'),
    '13': group('business-and-financial-operations', 'Business and financial operations', '商务与财务运营'),
    '15': group('computer-and-mathematical', 'Computer and mathematical', '计算机与数学'),
    '17': group('architecture-and-engineering', 'Architecture and engineering', '建筑与工程'),
    '19': group(
      'life-physical-and-social-science',
      'Life, physical, and social science',
      '生命科学、自然科学与社会科学',
    ),
    '21': group('community-and-social-service', 'Community and social service', '社区与社会服务'),
    '23': group('legal', 'Legal', '法律'),
    '25': group('educational-instruction-and-library', 'Educational instruction and library', '教育教学与图书馆'),
    '27': group(
      'arts-design-entertainment-sports-and-media',
      'Arts, design, entertainment, sports, and media',
      '艺术、设计、娱乐、体育与媒体',
    ),
    '29': group('healthcare-practitioners-and-technical', 'Healthcare practitioners and technical', '医疗从业与技术'),
    '31': group('healthcare-support', 'Healthcare support', '医疗辅助'),
    '33': group('protective-service', 'Protective service', '安全保卫服务'),
    '35': group('food-preparation-and-serving', 'Food preparation and serving', '餐饮制作与服务'),
    '37': group(
      'building-and-grounds-cleaning-and-maintenance',
      'Building and grounds cleaning and maintenance',
      '楼宇场地清洁与维护',
    ),
    '39': group('personal-care-and-service', 'Personal care and service', '个人护理与服务'),
    '41': group('sales-and-related', 'Sales and related', '销售及相关'),
    '43': group('office-and-administrative-support', 'Office and administrative support', '办公与行政支持'),
    '45': group('farming-fishing-and-forestry', 'Farming, fishing, and forestry', '农业、渔业与林业'),
    '47': group('construction-and-extraction', 'Construction and extraction', '建筑施工与采掘'),
    '49': group('installation-maintenance-and-repair', 'Installation, maintenance, and repair', '安装、维护与修理'),
    '51': group('production', 'Production', '生产'),
    '53': group('transportation-and-material-moving', 'Transportation and material moving', '运输与物料搬运'),
    '55': group('military-specific', 'Military specific', '军事'),
  },
  cscoMajorGroups: {
    '1': group(
      'organization-heads',
      'Heads of Party and state organs, mass and social organizations, enterprises and institutions',
      '党的机关、国家机关、群众团体和社会组织、企事业单位负责人',
    ),
    '2': group('professional-and-technical', 'Professional and technical personnel', '专业技术人员'),
    '3': group('clerical-and-related', 'Clerical and related personnel', '办事人员和有关人员'),
    '4': group(
      'production-and-life-services',
      'Social production services and life services personnel',
      '社会生产服务和生活服务人员',
    ),
    '5': group(
      'agriculture-forestry-animal-husbandry-fishery',
      'Agriculture, forestry, animal husbandry and fishery production and support personnel',
      '农、林、牧、渔业生产及辅助人员',
    ),
    '6': group('production-and-manufacturing', 'Production, manufacturing and related personnel', '生产制造及有关人员'),
    '7': group('military', 'Military personnel', '军人'),
    '8': group('other-workers', 'Other workers not elsewhere classified', '不便分类的其他从业人员'),
  },
};
