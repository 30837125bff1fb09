// A synthetic O*NET database folder in the text layout (the real file names and column headers, made-up rows), at any
// size: the full-size import test and `npm run bench -- onet` use 1,000 occupations with 20 tasks each.

const GROUPS = [
  '11',
  '13',
  '15',
  '17',
  '19',
  '21',
  '23',
  '25',
  '27',
  '29',
  '31',
  '33',
  '35',
  '37',
  '39',
  '41',
  '43',
  '45',
  '47',
  '49',
  '51',
  '53',
];
const NOUNS = [
  'orders',
  'accounts',
  'schedules',
  'budgets',
  'records',
  'reports',
  'equipment',
  'shipments',
  'claims',
  'contracts',
  'samples',
  'requests',
  'inventories',
  'plans',
  'invoices',
  'complaints',
];
const VERBS = [
  'Review',
  'Prepare',
  'Check',
  'Coordinate',
  'Inspect',
  'Record',
  'Process',
  'Maintain',
  'Analyze',
  'Monitor',
  'Explain',
  'Adjust',
];
const WHO = ['customers', 'staff', 'suppliers', 'managers', 'clients', 'teams', 'inspectors', 'vendors'];
const KINDS = [
  'Specialists',
  'Technicians',
  'Clerks',
  'Managers',
  'Supervisors',
  'Analysts',
  'Operators',
  'Coordinators',
];
const SKILLS = [
  'Active Listening',
  'Critical Thinking',
  'Speaking',
  'Writing',
  'Monitoring',
  'Coordination',
  'Negotiation',
  'Instructing',
  'Service Orientation',
  'Complex Problem Solving',
  'Judgment and Decision Making',
  'Time Management',
  'Mathematics',
  'Reading Comprehension',
  'Social Perceptiveness',
  'Persuasion',
  'Active Learning',
  'Learning Strategies',
  'Science',
  'Operations Analysis',
  'Technology Design',
  'Equipment Selection',
  'Installation',
  'Programming',
  'Operations Monitoring',
  'Operation and Control',
  'Equipment Maintenance',
  'Troubleshooting',
  'Repairing',
  'Quality Control Analysis',
  'Systems Analysis',
  'Systems Evaluation',
  'Management of Financial Resources',
  'Management of Material Resources',
  'Management of Personnel Resources',
];
const KNOWLEDGE = [
  'Administration and Management',
  'Clerical',
  'Economics and Accounting',
  'Sales and Marketing',
  'Customer and Personal Service',
  'Personnel and Human Resources',
  'Production and Processing',
  'Computers and Electronics',
  'Engineering and Technology',
  'Mathematics',
  'Physics',
  'Chemistry',
  'Psychology',
  'Education and Training',
  'English Language',
  'Law and Government',
  'Communications and Media',
  'Transportation',
];
const TOOLS = [
  'Microsoft Excel',
  'Microsoft Word',
  'SAP software',
  'Salesforce software',
  'Oracle Database',
  'Python',
  'Microsoft Project',
  'Tableau',
  'Slack',
  'Jira',
  'AutoCAD',
  'QuickBooks',
  'Zendesk',
  'Workday software',
  'MATLAB',
  'C++',
  'JavaScript',
  'SQL',
  'Google Sheets',
  'Adobe Acrobat',
];

/** A deterministic pseudo-random number in [0, 1) from a seed (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const fix = (n: number) => n.toFixed(2);

/** The files of a text-layout O*NET folder: name → content (tab-separated, CRLF, a header row). */
export function generateOnetFolder(occupations: number, tasksPer: number, seed = 17): Record<string, string> {
  const r = rng(seed);
  const files: Record<string, string[][]> = {
    'Occupation Data.txt': [['O*NET-SOC Code', 'Title', 'Description']],
    'Task Statements.txt': [
      ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type', 'Incumbents Responding', 'Date', 'Domain Source'],
    ],
    'Task Ratings.txt': [
      [
        'O*NET-SOC Code',
        'Task ID',
        'Scale ID',
        'Category',
        'Data Value',
        'N',
        'Standard Error',
        'Lower CI Bound',
        'Upper CI Bound',
        'Recommend Suppress',
        'Date',
        'Domain Source',
      ],
    ],
    'Skills.txt': [
      [
        'O*NET-SOC Code',
        'Element ID',
        'Element Name',
        'Scale ID',
        'Data Value',
        'N',
        'Standard Error',
        'Lower CI Bound',
        'Upper CI Bound',
        'Recommend Suppress',
        'Not Relevant',
        'Date',
        'Domain Source',
      ],
    ],
    'Knowledge.txt': [
      [
        'O*NET-SOC Code',
        'Element ID',
        'Element Name',
        'Scale ID',
        'Data Value',
        'N',
        'Standard Error',
        'Lower CI Bound',
        'Upper CI Bound',
        'Recommend Suppress',
        'Not Relevant',
        'Date',
        'Domain Source',
      ],
    ],
    'Education, Training, and Experience.txt': [
      [
        'O*NET-SOC Code',
        'Element ID',
        'Element Name',
        'Scale ID',
        'Category',
        'Data Value',
        'N',
        'Standard Error',
        'Lower CI Bound',
        'Upper CI Bound',
        'Recommend Suppress',
        'Date',
        'Domain Source',
      ],
    ],
    'Job Zones.txt': [['O*NET-SOC Code', 'Job Zone', 'Date', 'Domain Source']],
    'Alternate Titles.txt': [['O*NET-SOC Code', 'Alternate Title', 'Short Title', 'Source(s)']],
    'Technology Skills.txt': [
      ['O*NET-SOC Code', 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'],
    ],
  };
  let taskId = 10000;
  for (let i = 0; i < occupations; i++) {
    const code = `${GROUPS[i % GROUPS.length]}-${String(1000 + i).padStart(4, '0')}.00`;
    const title = `${pick(r, ['Field', 'Office', 'Plant', 'Retail', 'Claims', 'Quality', 'Network', 'Fleet'])} ${pick(r, NOUNS).replace(/^./, (c) => c.toUpperCase())} ${pick(r, KINDS)} ${i}`;
    files['Occupation Data.txt']!.push([
      code,
      title,
      `Handle ${pick(r, NOUNS)} and ${pick(r, NOUNS)} for ${pick(r, WHO)}, following set procedures.`,
    ]);
    for (let t = 0; t < tasksPer; t++) {
      const id = String(taskId++);
      const type = t < tasksPer * 0.7 ? 'Core' : 'Supplemental';
      files['Task Statements.txt']!.push([
        code,
        id,
        `${pick(r, VERBS)} ${pick(r, NOUNS)} with ${pick(r, WHO)} to keep ${pick(r, NOUNS)} up to date (${t}).`,
        type,
        '30',
        '08/2024',
        'Incumbent',
      ]);
      files['Task Ratings.txt']!.push([
        code,
        id,
        'IM',
        'n/a',
        fix(1 + r() * 4),
        '30',
        '0.10',
        '3.00',
        '4.00',
        'N',
        '08/2024',
        'Incumbent',
      ]);
    }
    SKILLS.forEach((name, k) => {
      const im = 1 + r() * 4;
      for (const [scale, v] of [
        ['IM', im],
        ['LV', im * 1.3],
      ] as const)
        files['Skills.txt']!.push([
          code,
          `2.A.${k}`,
          name,
          scale,
          fix(v),
          '8',
          '0.20',
          'n/a',
          'n/a',
          'N',
          scale === 'LV' ? 'N' : 'n/a',
          '08/2024',
          'Analyst',
        ]);
    });
    KNOWLEDGE.forEach((name, k) => {
      const im = 1 + r() * 4;
      for (const [scale, v] of [
        ['IM', im],
        ['LV', im * 1.2],
      ] as const)
        files['Knowledge.txt']!.push([
          code,
          `2.C.${k}`,
          name,
          scale,
          fix(v),
          '20',
          '0.20',
          'n/a',
          'n/a',
          'N',
          scale === 'LV' ? 'N' : 'n/a',
          '08/2024',
          'Incumbent',
        ]);
    });
    const peakRl = 2 + Math.floor(r() * 8);
    for (let c = 1; c <= 12; c++)
      files['Education, Training, and Experience.txt']!.push([
        code,
        '2.D.1',
        'Required Level of Education',
        'RL',
        String(c),
        c === peakRl ? '70.00' : fix(30 / 11),
        '25',
        'n/a',
        'n/a',
        'n/a',
        'N',
        '08/2024',
        'Incumbent',
      ]);
    const peakRw = 1 + Math.floor(r() * 11);
    for (let c = 1; c <= 11; c++)
      files['Education, Training, and Experience.txt']!.push([
        code,
        '3.A.1',
        'Related Work Experience',
        'RW',
        String(c),
        c === peakRw ? '60.00' : '4.00',
        '25',
        'n/a',
        'n/a',
        'n/a',
        'N',
        '08/2024',
        'Incumbent',
      ]);
    files['Job Zones.txt']!.push([code, String(1 + Math.floor(r() * 5)), '08/2024', 'Analyst']);
    for (let a = 0; a < 8; a++)
      files['Alternate Titles.txt']!.push([
        code,
        `${title} ${['Assistant', 'Lead', 'Aide', 'Officer', 'Agent', 'Associate', 'Worker', 'Planner'][a]}`,
        a === 0 ? 'n/a' : 'n/a',
        '08',
      ]);
    for (let k = 0; k < 12; k++)
      files['Technology Skills.txt']!.push([
        code,
        pick(r, TOOLS),
        '43232110',
        'Spreadsheet software',
        r() < 0.4 ? 'Y' : 'N',
        r() < 0.2 ? 'Y' : 'N',
      ]);
  }
  const out: Record<string, string> = {};
  for (const [name, rows] of Object.entries(files)) out[name] = `${rows.map((row) => row.join('\t')).join('\r\n')}\r\n`;
  out['Read Me.txt'] = 'Synthetic O*NET 29.1 Database layout for tests and benchmarks; not O*NET data.\r\n';
  return out;
}
