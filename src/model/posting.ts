import { z } from 'zod';
import { described } from './describe.js';
import { modelMessage, patterned, refinement } from './messages.js';
import { LocalizedTextSchema } from './text-schema.js';

// What a job posting adds to a role: the employer, the place, the dates, the pay and what the company offers. A role
// says what the job is; a posting file says where and when it is advertised (`rolematrix jd --config posting.yaml`).

/** Kinds of employment job boards know (schema.org `employmentType`, the values Google's job-posting guide lists). */
export const EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** The period a salary is paid for (schema.org `QuantitativeValue.unitText` in a job posting's `baseSalary`). */
export const SALARY_UNITS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type SalaryUnit = (typeof SALARY_UNITS)[number];

const DateSchema = patterned(
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/,
  modelMessage('DATE_FORMAT', {}),
);
const UrlSchema = patterned(/^https?:\/\/[^\s/$.?#][^\s]*$/i, modelMessage('URL_FORMAT', {}));
const CountrySchema = patterned(/^[A-Z]{2}$/, modelMessage('COUNTRY_FORMAT', {})).apply(
  described(
    'A country, as its ISO 3166-1 alpha-2 code (CN, US, DE …).',
    '国家，写作 ISO 3166-1 两位代码（CN、US、DE 等）。',
  ),
);

export const OrganizationSchema = z
  .strictObject({
    name: LocalizedTextSchema.apply(described('The employer’s name.', '用人单位名称。')),
    url: UrlSchema.optional().apply(described('The employer’s website.', '用人单位网站。')),
    logo: UrlSchema.optional().apply(
      described(
        'A web address of the employer’s logo (job boards show it).',
        '用人单位标志图片的网址（招聘网站会展示）。',
      ),
    ),
  })
  .apply(
    described(
      'The employer that hires (schema.org `hiringOrganization`).',
      '招聘的用人单位（schema.org `hiringOrganization`）。',
    ),
  );

export const PostingLocationSchema = z
  .strictObject({
    street: LocalizedTextSchema.optional().apply(described('Street and number.', '街道和门牌号。')),
    locality: LocalizedTextSchema.apply(described('The city or town.', '城市。')),
    region: LocalizedTextSchema.optional().apply(described('The state, province or district.', '省、州或区。')),
    postalCode: z.string().trim().min(1).optional().apply(described('The postal code.', '邮政编码。')),
    country: CountrySchema,
  })
  .apply(described('A place where the work is done.', '工作地点。'));
export type PostingLocation = z.infer<typeof PostingLocationSchema>;

export const SalarySchema = z
  .strictObject({
    currency: patterned(/^[A-Z]{3}$/, modelMessage('CURRENCY_FORMAT', {})).apply(
      described(
        'The currency, as its ISO 4217 code (CNY, USD, EUR …).',
        '货币，写作 ISO 4217 代码（CNY、USD、EUR 等）。',
      ),
    ),
    value: z.number().positive().optional().apply(described('A fixed amount.', '固定金额。')),
    min: z.number().positive().optional().apply(described('The lowest amount of a range.', '薪资范围的下限。')),
    max: z.number().positive().optional().apply(described('The highest amount of a range.', '薪资范围的上限。')),
    unit: z
      .enum(SALARY_UNITS)
      .apply(
        described(
          'The period the amount is for: HOUR, DAY, WEEK, MONTH or YEAR.',
          '金额对应的周期：HOUR、DAY、WEEK、MONTH 或 YEAR。',
        ),
      ),
  })
  .refine(
    (s) =>
      (s.value !== undefined) !== (s.min !== undefined || s.max !== undefined) &&
      (s.min === undefined || s.max === undefined || s.min <= s.max),
    refinement(modelMessage('SALARY_RANGE', {})),
  )
  .apply(described('The base salary (schema.org `baseSalary`).', '基本薪资（schema.org `baseSalary`）。'));
export type Salary = z.infer<typeof SalarySchema>;

export const PostingSchema = z
  .strictObject({
    organization: OrganizationSchema.optional(),
    about: LocalizedTextSchema.optional().apply(
      described(
        'A few sentences about the employer, for the "About us" section.',
        '关于用人单位的简短介绍，放在“关于我们”部分。',
      ),
    ),
    locations: z
      .array(PostingLocationSchema)
      .min(1)
      .optional()
      .apply(described('Where the work is done (schema.org `jobLocation`).', '工作地点（schema.org `jobLocation`）。')),
    remote: z
      .strictObject({
        countries: z
          .array(CountrySchema)
          .min(1)
          .apply(
            described(
              'Countries from which candidates may work (schema.org `applicantLocationRequirements`).',
              '候选人可以在哪些国家远程工作（schema.org `applicantLocationRequirements`）。',
            ),
          ),
      })
      .optional()
      .apply(
        described(
          'The job is fully remote (schema.org `jobLocationType: TELECOMMUTE`).',
          '完全远程的岗位（schema.org `jobLocationType: TELECOMMUTE`）。',
        ),
      ),
    employmentType: z
      .union([z.enum(EMPLOYMENT_TYPES), z.array(z.enum(EMPLOYMENT_TYPES)).min(1)])
      .optional()
      .apply(
        described(
          'FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or OTHER; one or a list.',
          'FULL_TIME、PART_TIME、CONTRACTOR、TEMPORARY、INTERN、VOLUNTEER、PER_DIEM 或 OTHER；可以是一个或一组。',
        ),
      ),
    datePosted: DateSchema.optional().apply(described('The day the posting is published.', '职位发布日期。')),
    validThrough: DateSchema.optional().apply(
      described('The last day (or moment) the posting takes applications.', '职位接受申请的最后日期（或时刻）。'),
    ),
    salary: SalarySchema.optional(),
    openings: z
      .number()
      .int()
      .positive()
      .optional()
      .apply(
        described(
          'How many people are hired (schema.org `totalJobOpenings`).',
          '招聘人数（schema.org `totalJobOpenings`）。',
        ),
      ),
    offer: z
      .array(LocalizedTextSchema)
      .optional()
      .apply(
        described(
          'What the employer offers, one item each: the "What we offer" section.',
          '用人单位提供的待遇，每条一项：“我们提供”部分。',
        ),
      ),
    apply: LocalizedTextSchema.optional().apply(described('How to apply.', '应聘方式。')),
    url: UrlSchema.optional().apply(described('The web page of the posting.', '职位页面的网址。')),
    identifier: z
      .string()
      .trim()
      .min(1)
      .optional()
      .apply(
        described(
          'The employer’s own id of the opening (a requisition number).',
          '用人单位自己的职位编号（招聘需求编号）。',
        ),
      ),
    directApply: z
      .boolean()
      .optional()
      .apply(
        described(
          'True when candidates can apply on the posting’s page itself.',
          '候选人可以直接在职位页面上申请时为 true。',
        ),
      ),
    kpis: z
      .boolean()
      .optional()
      .apply(
        described(
          'Whether the posting lists the role’s KPIs (default true). Without them, check-jd reports the KPIs left out (a warning from 20% weight).',
          '是否列出岗位的绩效指标（默认 true）。不列出时，check-jd 会报告遗漏的指标（权重达 20% 的为警告）。',
        ),
      ),
  })
  .refine(
    (p) =>
      p.datePosted === undefined ||
      p.validThrough === undefined ||
      p.validThrough.slice(0, 10) >= p.datePosted.slice(0, 10),
    { ...refinement(modelMessage('POSTING_DATES_ORDER', {})), path: ['validThrough'] },
  )
  .apply(
    described(
      'What a job posting adds to a role: employer, place, dates, pay and benefits (`rolematrix jd --config`).',
      '职位发布在岗位之外补充的信息：用人单位、地点、日期、薪资和福利（`rolematrix jd --config`）。',
    ),
  );
export type Posting = z.infer<typeof PostingSchema>;
