import readExcelFile from 'read-excel-file/universal';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { displayWidth } from '../../src/text/width.js';
import { catalog, catalogSources } from '../../src/catalog/shipped.js';
import { similarityMatrix } from '../../src/compare/many.js';
import { exportCatalog } from '../../src/export/index.js';
import {
  MATRIX_SHEET_MAX_ROLES,
  SHEET_LABELS,
  catalogSheets,
  headerRow,
  sheetName,
  type SheetKey,
} from '../../src/export/sheets.js';
import { parseSources } from '../../src/load/parse.js';
import { loadDocuments, loadText } from '../../src/catalog/load.js';
import { generateCatalog } from '../bench/generate.js';

async function workbook(bytes: Uint8Array) {
  return readExcelFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, {
    trim: false,
  });
}

/** The exact header row of every sheet but the matrix: the contract HR edits against and the importer reads. */
const HEADERS: Record<Exclude<SheetKey, 'matrix'>, string[]> = {
  roles: [
    '编号 / Id',
    '继承自 / Extends',
    '岗位名称（中文） / Title (zh)',
    '岗位名称（英文） / Title (en)',
    '别称（中文） / Aliases (zh)',
    '别称（英文） / Aliases (en)',
    '岗位族 / Family',
    '层级 / Level',
    '职业通道 / Career track',
    '汇报对象 / Reports to',
    '虚线汇报 / Dotted line to',
    '导向 / Orientation',
    '概述（中文） / Summary (zh)',
    '概述（英文） / Summary (en)',
    '工作场所 / Work settings',
    '工作强度 / Intensity',
    '工作规律 / Routine',
    '工作环境（中文） / Work environment (zh)',
    '工作环境（英文） / Work environment (en)',
    'ISCO-08 代码 / ISCO-08 code',
    'O*NET-SOC 代码 / O*NET-SOC code',
    '职业分类大典代码 / China 2022 code',
  ],
  focus: ['岗位编号 / Role id', '工作重心（中文） / Focus (zh)', '工作重心（英文） / Focus (en)'],
  duties: [
    '岗位编号 / Role id',
    '职责编号 / Duty id',
    '职责名称（中文） / Duty (zh)',
    '职责名称（英文） / Duty (en)',
    '说明（中文） / Description (zh)',
    '说明（英文） / Description (en)',
    '类别 / Category',
    '具体工作（中文） / Activities (zh)',
    '具体工作（英文） / Activities (en)',
    '关键词（中文） / Keywords (zh)',
    '关键词（英文） / Keywords (en)',
  ],
  permissions: [
    '岗位编号 / Role id',
    '权限编号 / Permission id',
    '权限事项（中文） / Permission (zh)',
    '权限事项（英文） / Permission (en)',
    '权限领域 / Domain',
    '权限等级 / Authority',
    '限度（中文） / Limit (zh)',
    '限度（英文） / Limit (en)',
    '超出时上报 / Escalate to',
    '说明（中文） / Description (zh)',
    '说明（英文） / Description (en)',
  ],
  education: [
    '岗位编号 / Role id',
    '最低学历 / Minimum education',
    '优先专业 / Preferred fields',
    '备注（中文） / Note (zh)',
    '备注（英文） / Note (en)',
  ],
  experience: [
    '岗位编号 / Role id',
    '最少年限 / Years (min)',
    '最多年限 / Years (max)',
    '管理经验最少年限 / Management years (min)',
    '管理经验最多年限 / Management years (max)',
    '经验领域（中文） / Experience areas (zh)',
    '经验领域（英文） / Experience areas (en)',
  ],
  skills: ['岗位编号 / Role id', '技能 / Skill', '熟练程度 / Proficiency'],
  traits: ['岗位编号 / Role id', '素质 / Trait'],
  certifications: ['岗位编号 / Role id', '证书 / Certification'],
  tools: ['岗位编号 / Role id', '工具与方法 / Tool or method'],
  knowledge: ['岗位编号 / Role id', '专业知识（中文） / Knowledge (zh)', '专业知识（英文） / Knowledge (en)'],
  kpis: [
    '岗位编号 / Role id',
    '绩效指标 / KPI',
    '目标比较符 / Target operator',
    '目标值 / Target value',
    '目标上限 / Target max',
    '目标单位 / Target unit',
    '定性目标（中文） / Target text (zh)',
    '定性目标（英文） / Target text (en)',
    '考核频率 / Frequency',
    '数据来源（中文） / Data source (zh)',
    '数据来源（英文） / Data source (en)',
    '权重 / Weight',
    '备注（中文） / Note (zh)',
    '备注（英文） / Note (en)',
  ],
  stakeholders: [
    '岗位编号 / Role id',
    '沟通对象 / Audience',
    '沟通渠道 / Channels',
    '沟通目的（中文） / Purpose (zh)',
    '沟通目的（英文） / Purpose (en)',
    '沟通方式（中文） / Style (zh)',
    '沟通方式（英文） / Style (en)',
  ],
  career: [
    '岗位编号 / Role id',
    '目标岗位 / To role',
    '目标职位（中文） / Position (zh)',
    '目标职位（英文） / Position (en)',
    '发展通道 / Track',
    '备注（中文） / Note (zh)',
    '备注（英文） / Note (en)',
  ],
  vocabularies: [
    '词汇表 / Vocabulary',
    '编号 / Id',
    '名称（中文） / Label (zh)',
    '名称（英文） / Label (en)',
    '说明（中文） / Description (zh)',
    '说明（英文） / Description (en)',
    '别称（中文） / Aliases (zh)',
    '别称（英文） / Aliases (en)',
    '指标类型 / KPI type',
    '单位 / Unit',
    '方向 / Direction',
    '评判标准（中文） / Rubric (zh)',
    '评判标准（英文） / Rubric (en)',
    '数据来源（中文） / Data source (zh)',
    '数据来源（英文） / Data source (en)',
  ],
  documents: ['文档类型 / Kind', '编号 / Id', 'YAML 内容 / YAML'],
};

describe('sheet model', () => {
  const sheets = catalogSheets(catalog, catalog.list());

  test('sheets come in model order with the matrix last', () => {
    expect(sheets.map((s) => s.key)).toEqual([...Object.keys(HEADERS), 'matrix']);
  });

  test.each(Object.entries(HEADERS))('the %s sheet has its exact bilingual header row', (key, header) => {
    expect(headerRow(sheets.find((s) => s.key === key)!)).toEqual(header);
  });

  test('sheet names fit Excel: at most 31 characters, none of []:*?/\\, all different', () => {
    const names = (Object.keys(SHEET_LABELS) as SheetKey[]).map(sheetName);
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(names).size).toBe(names.length);
    expect(sheetName('duties')).toBe('岗位职责 Duties');
  });

  test('list sheets have one row per item, the role id first', () => {
    const duties = sheets.find((s) => s.key === 'duties')!;
    const count = catalog.list().reduce((n, r) => n + (r.duties?.length ?? 0), 0);
    expect(duties.rows).toHaveLength(count);
    const pm = catalog.find('project-manager')!;
    const first = duties.rows.findIndex((r) => r[0] === 'project-manager');
    const d = pm.duties![0]!;
    expect(duties.rows[first]!.slice(0, 4)).toEqual([
      'project-manager',
      d.id,
      (d.title as { zh: string }).zh,
      (d.title as { en: string }).en,
    ]);
    // Activities: one per line, item i on line i of both columns.
    const zhActs = (d.activities ?? []).map((a) => (typeof a === 'string' ? a : a.zh)).join('\n');
    expect(duties.rows[first]![7]).toBe(zhActs);
    expect(duties.origins![first]).toEqual({ role: 'project-manager', path: ['duties', 0] });
  });

  test('the roles sheet keeps the extends id of a role that extends another', () => {
    const roles = sheets.find((s) => s.key === 'roles')!;
    const row = roles.rows.find((r) => r[0] === 'senior-project-manager')!;
    expect(row[1]).toBe('project-manager');
    expect(row[7]).toBe(catalog.find('senior-project-manager')!.level);
  });
});

describe('exportCatalog xlsx', () => {
  test('writes one workbook whose sheets, headers and values read back', async () => {
    const result = await exportCatalog(catalog, 'xlsx');
    expect(result.diagnostics).toEqual([]);
    expect(result.files.map((f) => [f.name, f.mediaType])).toEqual([
      ['rolematrix.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ]);
    const content = result.files[0]!.content;
    expect(content).toBeInstanceOf(Uint8Array);
    const book = await workbook(content as Uint8Array);
    expect(book.map((s) => s.sheet)).toEqual([...Object.keys(HEADERS), 'matrix'].map((k) => sheetName(k as SheetKey)));
    for (const [key, header] of Object.entries(HEADERS))
      expect(book.find((s) => s.sheet === sheetName(key as SheetKey))!.data[0]).toEqual(header);
    const roles = book[0]!.data;
    const csm = roles.find((r) => r[0] === 'customer-service-manager')!;
    expect(csm[2]).toBe('客服经理');
  });

  test('each column is as wide as its widest line (a CJK character counts two), from 8 to 60', async () => {
    const result = await exportCatalog(catalog, 'xlsx', { lang: 'zh' });
    const files = unzipSync(result.files[0]!.content as Uint8Array);
    const sheets = catalogSheets(catalog, catalog.list(), 'zh');
    const widthOf = (v: string | number | null | undefined) =>
      v === null || v === undefined
        ? 0
        : Math.max(...(typeof v === 'number' ? [v.toFixed(2)] : v.split('\n')).map((l) => displayWidth(l)));
    for (const [n, sheet] of sheets.entries()) {
      const xml = new TextDecoder().decode(files[`xl/worksheets/sheet${n + 1}.xml`]);
      const widths = [...xml.matchAll(/<col [^>]*width="([\d.]+)"/gu)].map((m) => Number(m[1]));
      const expected = sheet.columns.map((_, c) => {
        const header = Math.max(...(headerRow(sheet)[c] ?? '').split(' / ').map((l) => displayWidth(l)));
        const cells = Math.max(0, ...sheet.rows.map((r) => widthOf(r[c])));
        return Math.min(60, Math.max(8, Math.max(header, cells) + 2));
      });
      expect(widths, sheet.key).toEqual(expected);
    }
    // The shipped catalog has columns at both bounds and between.
    const all = sheets.flatMap((sheet) => [
      ...new TextDecoder()
        .decode(files[`xl/worksheets/sheet${sheets.indexOf(sheet) + 1}.xml`])
        .matchAll(/<col [^>]*width="([\d.]+)"/gu),
    ]);
    const values = new Set(all.map((m) => Number(m[1])));
    expect(values.has(60)).toBe(true);
    expect([...values].some((w) => w > 8 && w < 60)).toBe(true);
  });

  test('a bold header on a fill; a row aligns at the top, and wraps its long cells, only when one of its cells wraps', async () => {
    const result = await exportCatalog(catalog, 'xlsx', { lang: 'zh' });
    const files = unzipSync(result.files[0]!.content as Uint8Array);
    const styles = new TextDecoder().decode(files['xl/styles.xml']);
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/gu)].map((m) => m[1]!);
    // No workbook font: the reader's body font, as in a new workbook.
    expect(fonts[0]).not.toContain('<name');
    // The cell formats a cell's `s` indexes: the <xf> elements of <cellXfs>, in order.
    const cellXfs = /<cellXfs [^>]*>(.*?)<\/cellXfs>/u.exec(styles)![1]!;
    const xfs = [...cellXfs.matchAll(/<xf ([^>]*?)(?:\/>|>(.*?)<\/xf>)/gu)].map(([, attributes, inner = '']) => ({
      bold:
        /fontId="(\d+)"/u.test(attributes!) && fonts[Number(/fontId="(\d+)"/u.exec(attributes!)![1])]!.includes('<b/>'),
      fill: /fillId="\d+"/u.test(attributes!),
      top: inner.includes('vertical="top"'),
      wrap: inner.includes('wrapText="1"'),
    }));
    const plain = { bold: false, fill: false, top: false, wrap: false };
    const sheets = catalogSheets(catalog, catalog.list(), 'zh');
    const wraps = (v: unknown) => typeof v === 'string' && (v.includes('\n') || v.length > 60);
    let tall = 0;
    let short = 0;
    for (const [n, sheet] of sheets.entries()) {
      if (sheet.key === 'matrix') continue;
      const xml = new TextDecoder().decode(files[`xl/worksheets/sheet${n + 1}.xml`]);
      // Text is written in the cells (inline strings), so a row's XML can span lines.
      const rows = [...xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/gsu)].map(([, r, cells]) => ({
        r: Number(r),
        styles: [...cells!.matchAll(/<c ([^>]*)>/gu)].map(([, attributes]) => {
          const style = / s="(\d+)"/u.exec(attributes!);
          return style ? xfs[Number(style[1])]! : plain;
        }),
      }));
      expect(
        rows[0]!.styles.every((s) => s.bold && s.fill && s.wrap && s.top),
        sheet.key,
      ).toBe(true);
      for (const { r, styles: cells } of rows.slice(1)) {
        const values = sheet.rows[r - 2]!.filter((v) => v !== null && v !== '');
        expect(cells, `${sheet.key} row ${r}`).toHaveLength(values.length);
        const isTall = values.some(wraps);
        if (isTall) tall++;
        else short++;
        const expected = values.map((v) => (isTall ? { ...plain, top: true, wrap: wraps(v) } : plain));
        expect(cells, `${sheet.key} row ${r}`).toEqual(expected);
      }
    }
    // The shipped catalog has rows of both kinds.
    expect(tall).toBeGreaterThan(0);
    expect(short).toBeGreaterThan(0);
  });

  test('the matrix sheet is the similarity matrix with role titles as headers', async () => {
    const picked = ['call-center-agent', 'customer-service-representative', 'project-manager'];
    const result = await exportCatalog(catalog, 'xlsx', { roles: picked, lang: 'zh' });
    const book = await workbook(result.files[0]!.content as Uint8Array);
    const matrix = book.find((s) => s.sheet === sheetName('matrix'))!.data;
    const roles = catalog.list().filter((r) => picked.includes(r.id));
    const titles = roles.map((r) => (r.title as { zh: string }).zh);
    expect(matrix[0]).toEqual(['岗位编号 / Role id', '岗位名称 / Role title', ...titles]);
    const expected = similarityMatrix(roles, catalog);
    roles.forEach((r, i) => {
      expect(matrix[i + 1]!.slice(0, 2)).toEqual([r.id, titles[i]]);
      expect(matrix[i + 1]!.slice(2)).toEqual(expected.scores[i]);
    });
    // Only the picked roles are exported.
    expect(book[0]!.data.slice(1).map((r) => r[0])).toEqual(roles.map((r) => r.id));
  });

  test('a text over 32,767 characters is EXPORT_TOO_LONG at its YAML line, and no file is written', async () => {
    const text = [
      'apiVersion: rolematrix/v1',
      'kind: Role',
      'id: long-role',
      'title: { zh: 长岗位, en: Long role }',
      'family: customer-service',
      'level: staff',
      'orientation: customer',
      'summary:',
      '  zh: 简介',
      `  en: ${'x'.repeat(32_768)}`,
      '',
    ].join('\n');
    const loaded = loadText(text, 'roles/long-role.yaml');
    expect(loaded.catalog.find('long-role')).toBeDefined();
    const result = await exportCatalog(loaded.catalog, 'xlsx', {
      documents: parseSources([{ path: 'roles/long-role.yaml', text }]),
    });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual([
      ['EXPORT_TOO_LONG', 'error', 'roles/long-role.yaml', 'summary.en', 10, 7],
    ]);
    expect(result.diagnostics[0]!.message).toBe('The text has 32768 characters; an Excel cell holds at most 32767.');
  });

  test('a list item with a line break is a located EXPORT_LINE_BREAK warning; the workbook is still written', async () => {
    const text = [
      'apiVersion: rolematrix/v1',
      'kind: Role',
      'id: broken-lines',
      'title: { zh: 换行岗位, en: Line-break role }',
      'aliases: { en: ["front desk\\nreception"] }',
      'family: customer-service',
      'level: staff',
      'orientation: customer',
      'summary: { zh: 简介, en: Summary }',
      'duties:',
      '  - id: answer',
      '    title: { zh: 接听, en: Answer }',
      '    activities:',
      '      - { zh: 接听电话, en: Answer calls }',
      '      - { zh: "记录\\n分派", en: Log and route }',
      '',
    ].join('\n');
    const loaded = loadText(text, 'roles/broken-lines.yaml');
    expect(loaded.catalog.find('broken-lines')).toBeDefined();
    for (const format of ['xlsx', 'csv'] as const) {
      const result = await exportCatalog(loaded.catalog, format, {
        documents: parseSources([{ path: 'roles/broken-lines.yaml', text }]),
      });
      expect(result.files.length).toBeGreaterThan(0);
      expect(result.diagnostics.map((d) => [d.code, d.severity, d.file, d.path, d.line, d.column])).toEqual([
        ['EXPORT_LINE_BREAK', 'warning', 'roles/broken-lines.yaml', 'aliases.en[0]', 5, 17],
        ['EXPORT_LINE_BREAK', 'warning', 'roles/broken-lines.yaml', 'duties[0].activities[1]', 15, 9],
      ]);
      expect(result.diagnostics[0]!.zh.message).toBe(
        '该条目中含有换行；电子表格把这类列表按每行一项写出，导回时它会变成两项。',
      );
    }
  });

  test('the shipped catalog fits Excel: no diagnostics', async () => {
    const result = await exportCatalog(catalog, 'xlsx', { documents: parseSources(catalogSources) });
    expect(result.diagnostics).toEqual([]);
  });
});

describe('the similarity sheet of a large catalog', () => {
  const big = loadDocuments(generateCatalog(MATRIX_SHEET_MAX_ROLES + 1)).catalog;
  test.each(['xlsx', 'csv'] as const)(
    '%s: over 500 roles it is left out, with a note saying how to get the matrix; 500 roles still have it',
    async (format) => {
      const result = await exportCatalog(big, format);
      const file = format === 'xlsx' ? 'rolematrix.xlsx' : 'matrix.csv';
      expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual([
        `${file}:1:1 info EXPORT_MATRIX_LEFT_OUT`,
      ]);
      const note = result.diagnostics[0]!;
      expect(note.message).toBe(
        'The similarity sheet is left out: 501 roles would make 251,001 cells, and it is written for up to 500 roles.',
      );
      expect(note.zh.hint).toBe(
        '请少导出一些岗位（rolematrix export xlsx <编号…>），或单独生成矩阵：rolematrix matrix --scores --format csv。',
      );
      if (format === 'csv') expect(result.files.map((f) => f.name)).not.toContain('matrix.csv');
      const fewer = await exportCatalog(big, format, {
        roles: big
          .list()
          .slice(0, MATRIX_SHEET_MAX_ROLES)
          .map((r) => r.id),
      });
      expect(fewer.diagnostics).toEqual([]);
      if (format === 'csv') expect(fewer.files.map((f) => f.name)).toContain('matrix.csv');
    },
    60_000,
  );
});
