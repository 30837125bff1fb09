// The O*NET database as the O*NET Resource Center publishes it (https://www.onetcenter.org/database.html): one folder of
// tab-separated `.txt` files (the text layout) or of `.xlsx` workbooks (the Excel layout) with the same names and
// column headers. Read into typed occupations, for drafting roles (`rolematrix import onet`) and for suggesting codes.
// The files and columns read are listed in ONET_FILES; docs/classifications.md gives the published column lists, and
// a test checks the two agree.
import { fileDiagnostic, type Diagnostic } from '../errors.js';
import {
  cellDiagnostic,
  mapColumns,
  readTsv,
  readXlsxTable,
  type ColumnSpec,
  type SourceTable,
  type TableInput,
} from './table.js';

const col = (header: string, required = true): ColumnSpec => ({ headers: [header], required });
const CODE = col('O*NET-SOC Code');

/** One kind of O*NET file: the names it has had across releases, and the columns read from it. */
export interface OnetFileSpec {
  readonly names: readonly string[];
  /** Needed to draft a role at all (Occupation Data); the others add to the drafts when present. */
  readonly required: boolean;
  readonly columns: Readonly<Record<string, ColumnSpec>>;
}

/** Every O*NET file the reader uses, by key. */
/** The columns of the element files (Skills, Knowledge): one element of one occupation rated on one scale per row. */
const ELEMENT_COLUMNS = {
  code: CODE,
  elementId: col('Element ID'),
  name: col('Element Name'),
  scale: col('Scale ID'),
  value: col('Data Value'),
  suppress: col('Recommend Suppress', false),
  notRelevant: col('Not Relevant', false),
};

export const ONET_FILES = {
  occupations: {
    names: ['Occupation Data'],
    required: true,
    columns: { code: CODE, title: col('Title'), description: col('Description') },
  },
  tasks: {
    names: ['Task Statements'],
    required: false,
    columns: {
      code: CODE,
      taskId: col('Task ID'),
      task: col('Task'),
      type: col('Task Type', false),
      incumbents: col('Incumbents Responding', false),
    },
  },
  taskRatings: {
    names: ['Task Ratings'],
    required: false,
    columns: {
      code: CODE,
      taskId: col('Task ID'),
      scale: col('Scale ID'),
      value: col('Data Value'),
      suppress: col('Recommend Suppress', false),
    },
  },
  skills: {
    names: ['Skills'],
    required: false,
    columns: ELEMENT_COLUMNS,
  },
  knowledge: {
    names: ['Knowledge'],
    required: false,
    columns: ELEMENT_COLUMNS,
  },
  education: {
    // One file up to release 30.2; from 30.3 education and training/experience are separate files.
    names: ['Education, Training, and Experience', 'Education', 'Training and Experience'],
    required: false,
    columns: {
      code: CODE,
      elementId: col('Element ID'),
      scale: col('Scale ID'),
      category: col('Category'),
      value: col('Data Value'),
      suppress: col('Recommend Suppress', false),
    },
  },
  educationCategories: {
    names: [
      'Education, Training, and Experience Categories',
      'Education Categories',
      'Training and Experience Categories',
    ],
    required: false,
    columns: {
      elementId: col('Element ID'),
      scale: col('Scale ID'),
      category: col('Category'),
      description: col('Category Description'),
    },
  },
  jobZones: { names: ['Job Zones'], required: false, columns: { code: CODE, zone: col('Job Zone') } },
  jobZoneReference: {
    names: ['Job Zone Reference'],
    required: false,
    columns: { zone: col('Job Zone'), name: col('Name') },
  },
  alternateTitles: {
    names: ['Alternate Titles'],
    required: false,
    columns: { code: CODE, title: col('Alternate Title'), short: col('Short Title', false) },
  },
  technology: {
    names: ['Technology Skills'],
    required: false,
    columns: {
      code: CODE,
      example: col('Example'),
      commodityCode: col('Commodity Code', false),
      commodityTitle: col('Commodity Title', false),
      hot: col('Hot Technology', false),
      inDemand: col('In Demand', false),
    },
  },
} as const satisfies Record<string, OnetFileSpec>;
export type OnetFileKey = keyof typeof ONET_FILES;

/** A skill or knowledge element rated for an occupation: importance (IM, 1–5) and level (LV, 0–7). */
export interface OnetRating {
  elementId: string;
  name: string;
  importance?: number;
  level?: number;
  /** O*NET recommends suppressing a rating of low precision (`Recommend Suppress` = Y). */
  suppressed: boolean;
  /** Raters found the element not relevant to the occupation (`Not Relevant` = Y). */
  notRelevant: boolean;
}

/** One O*NET-SOC occupation with what a draft role needs. */
export interface OnetOccupation {
  code: string;
  title: string;
  description: string;
  /** Task statements in file order, with their importance rating (Task Ratings, IM) where given. */
  tasks: { id: string; text: string; type: 'Core' | 'Supplemental' | undefined; importance?: number }[];
  skills: OnetRating[];
  knowledge: OnetRating[];
  /** Required Level of Education (RL): percent of respondents per category. */
  education: { category: number; percent: number }[];
  /** Related Work Experience (RW): percent of respondents per category. */
  experience: { category: number; percent: number }[];
  jobZone?: number;
  alternateTitles: { title: string; short?: string }[];
  technology: { name: string; commodityCode?: string; commodityTitle?: string; hot: boolean; inDemand: boolean }[];
  /** Where the occupation's row is: file and line of Occupation Data. */
  at: { file: string; line: number };
}

export interface OnetDatabase {
  /** The release, e.g. `29.1`, from `Read Me.txt` or the folder name (`db_29_1_text`); undefined when unknown. */
  release: string | undefined;
  layout: 'text' | 'excel';
  occupations: Map<string, OnetOccupation>;
  /** Every occupation of Occupation Data with its title, also those not asked for. */
  titles: Map<string, string>;
  /** Category descriptions by `scale:category`, e.g. `RL:6` → Bachelor's Degree. */
  categories: Map<string, string>;
  /** Job zone names (Job Zone Reference), e.g. 4 → Job Zone Four: Considerable Preparation Needed. */
  jobZoneNames: Map<number, string>;
  /** The files read, by key. */
  files: Partial<Record<OnetFileKey, string[]>>;
}

export interface ReadOnetOptions {
  /** Only these occupations are kept (all when absent). */
  occupations?: ReadonlySet<string>;
  /** The folder, for diagnostics about a missing file, and whose name tells the release (`db_29_1_text`). */
  folder?: string;
  /**
   * Only these files are read (Occupation Data always is): the others are neither read nor reported missing. All when
   * absent. Suggesting codes reads titles and tasks only.
   */
  files?: readonly OnetFileKey[];
}

const CODE_PATTERN = /^\d{2}-\d{4}\.\d{2}$/;

/** The base name of a file without its extension, and the extension. */
function split(file: string): { base: string; ext: string } {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot < 0 ? { base: name, ext: '' } : { base: name.slice(0, dot), ext: name.slice(dot + 1).toLowerCase() };
}

/**
 * Reads an O*NET database folder given as its files (names relative to the folder, or paths). The layout is detected:
 * `.txt` files are the text layout, `.xlsx` files the Excel layout (text wins when a folder holds both). Every problem
 * is a diagnostic located at the file's row and column; a missing Occupation Data file is an error, a missing other
 * file a warning saying what the drafts will lack.
 */
export async function readOnetDatabase(
  inputs: readonly TableInput[],
  options: ReadOnetOptions = {},
): Promise<{ database: OnetDatabase; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const byName = new Map<string, TableInput[]>();
  let text = 0;
  for (const input of inputs) {
    const { base, ext } = split(input.file);
    if (ext === 'txt') text++;
    const list = byName.get(`${base.toLowerCase()}.${ext}`) ?? [];
    list.push(input);
    byName.set(`${base.toLowerCase()}.${ext}`, list);
  }
  const layout: OnetDatabase['layout'] =
    text > 0 && byName.has('occupation data.txt') ? 'text' : byName.has('occupation data.xlsx') ? 'excel' : 'text';
  const ext = layout === 'text' ? 'txt' : 'xlsx';
  const database: OnetDatabase = {
    release: releaseOf(inputs, options.folder),
    layout,
    occupations: new Map(),
    titles: new Map(),
    categories: new Map(),
    jobZoneNames: new Map(),
    files: {},
  };
  const want = options.occupations;

  const tables = async (key: OnetFileKey): Promise<{ table: SourceTable; at: Record<string, number> }[]> => {
    const spec: OnetFileSpec = ONET_FILES[key];
    const out: { table: SourceTable; at: Record<string, number> }[] = [];
    if (!spec.required && options.files !== undefined && !options.files.includes(key)) return out;
    for (const name of spec.names) {
      for (const input of byName.get(`${name.toLowerCase()}.${ext}`) ?? []) {
        const table = ext === 'txt' ? readTsv(input, diagnostics) : await readXlsxTable(input, diagnostics);
        if (table === undefined) continue;
        (database.files[key] ??= []).push(input.file);
        const at = mapColumns(table, spec.columns, diagnostics);
        if (at !== undefined) out.push({ table, at });
      }
    }
    if (out.length === 0 && database.files[key] === undefined) {
      const names = spec.names.map((n) => `"${n}.${ext}"`).join(' or ');
      diagnostics.push(
        fileDiagnostic(
          options.folder ?? '.',
          'IMPORT_MISSING_FILE',
          spec.required
            ? {
                en: `The folder has no ${names}, the O*NET file that lists the occupations.`,
                zh: `该文件夹中没有 ${names}，即列出职业的 O*NET 文件。`,
              }
            : {
                en: `The folder has no ${names}; the drafts go without what it holds (${MISSING_EFFECT[key].en}).`,
                zh: `该文件夹中没有 ${names}；草稿将缺少其中的内容（${MISSING_EFFECT[key].zh}）。`,
              },
          {
            en: `Download the whole O*NET database (text or Excel) from https://www.onetcenter.org/database.html and point the import at the unzipped folder.`,
            zh: `请从 https://www.onetcenter.org/database.html 下载完整的 O*NET 数据库（文本或 Excel 版），并将导入指向解压后的文件夹。`,
          },
          spec.required ? 'error' : 'warning',
        ),
      );
    }
    return out;
  };

  for (const { table, at } of await tables('occupations')) {
    table.rows.forEach((row, r) => {
      const code = row[at.code!] ?? '';
      if (!CODE_PATTERN.test(code)) {
        diagnostics.push(
          cellDiagnostic(table, r, at.code!, 'INVALID_VALUE', {
            en: `"${code}" is not an O*NET-SOC code (like 43-4051.00); the row is skipped.`,
            zh: `“${code}”不是 O*NET-SOC 代码（形如 43-4051.00），已跳过该行。`,
          }),
        );
        return;
      }
      database.titles.set(code, row[at.title!] ?? '');
      if (want !== undefined && !want.has(code)) return;
      database.occupations.set(code, {
        code,
        title: row[at.title!] ?? '',
        description: row[at.description!] ?? '',
        tasks: [],
        skills: [],
        knowledge: [],
        education: [],
        experience: [],
        alternateTitles: [],
        technology: [],
        at: { file: table.file, line: table.lines[r]! },
      });
    });
  }
  const occ = database.occupations;
  const num = (s: string | undefined): number | undefined => {
    if (s === undefined || s === '' || s === 'n/a' || s === 'NULL') return undefined;
    const n = Number(s);
    return Number.isFinite(n) ? n : undefined;
  };
  const yes = (s: string | undefined) => s === 'Y' || s === 'y';

  const taskIndex = new Map<string, OnetOccupation['tasks'][number]>();
  for (const { table, at } of await tables('tasks')) {
    for (const row of table.rows) {
      const o = occ.get(row[at.code!] ?? '');
      if (o === undefined) continue;
      const type = at.type! >= 0 ? row[at.type!] : undefined;
      const task: OnetOccupation['tasks'][number] = {
        id: row[at.taskId!] ?? '',
        text: row[at.task!] ?? '',
        type: type === 'Core' || type === 'Supplemental' ? type : undefined,
      };
      o.tasks.push(task);
      taskIndex.set(`${o.code}\0${task.id}`, task);
    }
  }
  for (const { table, at } of await tables('taskRatings')) {
    for (const row of table.rows) {
      if (row[at.scale!] !== 'IM') continue;
      const task = taskIndex.get(`${row[at.code!] ?? ''}\0${row[at.taskId!] ?? ''}`);
      const v = num(row[at.value!]);
      if (task !== undefined && v !== undefined) task.importance = v;
    }
  }
  for (const key of ['skills', 'knowledge'] as const) {
    for (const { table, at } of await tables(key)) {
      let last: { code: string; ratings: Map<string, OnetRating> } | undefined;
      const perOccupation = new Map<string, Map<string, OnetRating>>();
      for (const row of table.rows) {
        const code = row[at.code!] ?? '';
        const o = occ.get(code);
        if (o === undefined) continue;
        if (last?.code !== code) {
          let ratings = perOccupation.get(code);
          if (ratings === undefined) perOccupation.set(code, (ratings = new Map<string, OnetRating>()));
          last = { code, ratings };
        }
        const id = row[at.elementId!] ?? '';
        let r = last.ratings.get(id);
        if (r === undefined) {
          r = { elementId: id, name: row[at.name!] ?? id, suppressed: false, notRelevant: false };
          last.ratings.set(id, r);
          o[key].push(r);
        }
        const v = num(row[at.value!]);
        const scale = row[at.scale!];
        if (scale === 'IM' && v !== undefined) r.importance = v;
        else if (scale === 'LV' && v !== undefined) r.level = v;
        if (at.suppress! >= 0 && yes(row[at.suppress!])) r.suppressed = true;
        if (at.notRelevant! >= 0 && yes(row[at.notRelevant!])) r.notRelevant = true;
      }
    }
  }
  for (const { table, at } of await tables('education')) {
    for (const row of table.rows) {
      const o = occ.get(row[at.code!] ?? '');
      if (o === undefined) continue;
      const scale = row[at.scale!];
      const category = num(row[at.category!]);
      const percent = num(row[at.value!]);
      if (category === undefined || percent === undefined) continue;
      if (scale === 'RL') o.education.push({ category, percent });
      else if (scale === 'RW') o.experience.push({ category, percent });
    }
  }
  for (const { table, at } of await tables('educationCategories')) {
    for (const row of table.rows) {
      const scale = row[at.scale!] ?? '';
      if (scale !== 'RL' && scale !== 'RW') continue;
      database.categories.set(`${scale}:${row[at.category!] ?? ''}`, row[at.description!] ?? '');
    }
  }
  for (const { table, at } of await tables('jobZones')) {
    table.rows.forEach((row, r) => {
      const o = occ.get(row[at.code!] ?? '');
      if (o === undefined) return;
      const zone = num(row[at.zone!]);
      if (zone === undefined || !Number.isInteger(zone) || zone < 1 || zone > 5) {
        diagnostics.push(
          cellDiagnostic(
            table,
            r,
            at.zone!,
            'INVALID_VALUE',
            {
              en: `"${row[at.zone!] ?? ''}" is not a job zone (1 to 5); the draft of ${o.code} goes without one.`,
              zh: `“${row[at.zone!] ?? ''}”不是工作区（1 到 5）；${o.code} 的草稿不使用工作区。`,
            },
            undefined,
            'warning',
          ),
        );
        return;
      }
      o.jobZone = zone;
    });
  }
  for (const { table, at } of await tables('jobZoneReference')) {
    for (const row of table.rows) {
      const zone = num(row[at.zone!]);
      if (zone !== undefined) database.jobZoneNames.set(zone, row[at.name!] ?? '');
    }
  }
  for (const { table, at } of await tables('alternateTitles')) {
    for (const row of table.rows) {
      const o = occ.get(row[at.code!] ?? '');
      const title = row[at.title!] ?? '';
      if (o === undefined || title === '') continue;
      const short = at.short! >= 0 ? row[at.short!] : undefined;
      o.alternateTitles.push(short === undefined || short === '' || short === 'n/a' ? { title } : { title, short });
    }
  }
  for (const { table, at } of await tables('technology')) {
    for (const row of table.rows) {
      const o = occ.get(row[at.code!] ?? '');
      const name = row[at.example!] ?? '';
      if (o === undefined || name === '') continue;
      const t: OnetOccupation['technology'][number] = {
        name,
        hot: at.hot! >= 0 && yes(row[at.hot!]),
        inDemand: at.inDemand! >= 0 && yes(row[at.inDemand!]),
      };
      if (at.commodityCode! >= 0 && row[at.commodityCode!]) t.commodityCode = row[at.commodityCode!]!;
      if (at.commodityTitle! >= 0 && row[at.commodityTitle!]) t.commodityTitle = row[at.commodityTitle!]!;
      o.technology.push(t);
    }
  }
  return { database, diagnostics };
}

/** What a draft lacks without each optional file. */
const MISSING_EFFECT: Readonly<Record<OnetFileKey, { en: string; zh: string }>> = {
  occupations: { en: 'occupations', zh: '职业' },
  tasks: { en: 'duties', zh: '职责' },
  taskRatings: { en: 'the order of core tasks by importance', zh: '按重要性排列的核心任务顺序' },
  skills: { en: 'skills', zh: '技能' },
  knowledge: { en: 'knowledge', zh: '知识' },
  education: { en: 'education and experience from survey data', zh: '调查数据中的学历与经验' },
  educationCategories: { en: 'the names of education and experience categories', zh: '学历与经验类别的名称' },
  jobZones: { en: 'job zones', zh: '工作区' },
  jobZoneReference: { en: 'the names of job zones', zh: '工作区的名称' },
  alternateTitles: { en: 'aliases', zh: '别名' },
  technology: { en: 'tools', zh: '工具' },
};

/** The release: `O*NET 29.1 Database` in Read Me.txt, else the folder name `db_29_1_text` / `db_29_1_excel`. */
function releaseOf(inputs: readonly TableInput[], folder: string | undefined): string | undefined {
  const readme = inputs.find((i) => /^read ?me\.txt$/i.test(i.file.split(/[\\/]/).pop() ?? ''));
  if (readme !== undefined) {
    const t = typeof readme.data === 'string' ? readme.data : new TextDecoder().decode(readme.data.subarray(0, 4096));
    const m = /O\*NET\s+(\d+\.\d+)\s+Database/i.exec(t);
    if (m) return m[1];
  }
  const m = /db_(\d+)_(\d+)/i.exec(
    folder
      ?.split(/[\\/]/)
      .filter((p) => p !== '')
      .pop() ?? '',
  );
  return m ? `${m[1]}.${m[2]}` : undefined;
}

/** Whether `code` has the form of an O*NET-SOC code (43-4051.00). */
export function isOnetCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}
