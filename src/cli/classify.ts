// `rolematrix classify [ids…] --with onet=<folder>,csco=<file>,isco=<file> [--write]`: occupational codes suggested for
// the roles that lack them (src/import/classify.ts), shown with their evidence, and with --write added to the role
// files (comments kept; every file or none).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../catalog/catalog.js';
import { readCscoTable } from '../classification/csco.js';
import { readIscoTable } from '../classification/isco.js';
import { readOnetDatabase } from '../classification/onet.js';
import { fileDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../errors.js';
import {
  CLASSIFICATION_SYSTEMS,
  CLASSIFY_THRESHOLD,
  classifyRoles,
  occupationCandidates,
  type ClassificationSystem,
  type ClassifyOutcome,
  type OccupationCandidates,
} from '../import/classify.js';
import { draftCscoRoles, draftIscoRoles, draftOnetRoles } from '../import/draft.js';
import { updateYamlText } from '../import/yaml.js';
import { CLASSIFY_LABELS as L, PUNCT, paren } from '../labels.js';
import { parseYaml } from '../load/parse.js';
import type { Lang } from '../model/text.js';
import { CLASSIFY_FORMAT, type ClassifyData } from '../render/classify-data.js';
import { onetFiles, readBytes } from './import-classification.js';
import { readCatalogDirectory } from './interchange.js';
import { EXIT, printJson, InputError, noSuchRole, printDiagnostics, UsageError, type CliIO } from './io.js';
import { writeAll } from './write.js';

/** The sources `--with` takes, and the classification each gives. */
export const WITH_SOURCES = { onet: 'onetSoc', csco: 'cn2022', isco: 'isco08' } as const satisfies Record<
  string,
  ClassificationSystem
>;
type SourceKey = keyof typeof WITH_SOURCES;
const KEYS = Object.keys(WITH_SOURCES) as SourceKey[];

export interface ClassifyCommandOptions {
  lang: Lang;
  format: 'text' | 'json';
  /** `--with`, as given: `key=path` pairs separated by commas, or one per repeated option (joined by line breaks). */
  with: string | undefined;
  write: boolean;
  /** The catalog directory, for --write (undefined: the shipped catalog, which is not written). */
  dir: string | undefined;
}

/** `onet=db_29_1_text,csco=t.xlsx` → the path of each source; a key that is not a source is a usage error. */
export function withSources(raw: string | undefined): Partial<Record<SourceKey, string>> {
  const out: Partial<Record<SourceKey, string>> = {};
  if (raw === undefined) return out;
  const keys = KEYS.join('|');
  // A comma starts a new pair only before `key=`, so a path may hold commas.
  const parts = raw.split(new RegExp(`\\n|,(?=\\s*(?:${keys})=)`)).map((p) => p.trim());
  for (const part of parts) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    const path = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (!(KEYS as string[]).includes(key))
      throw new UsageError({
        en: `--with takes ${KEYS.map((k) => `${k}=<${k === 'onet' ? 'folder' : 'file'}>`).join(', ')}; "${key}" is not one of them.`,
        zh: `--with 接受 ${KEYS.map((k) => `${k}=<${k === 'onet' ? '文件夹' : '文件'}>`).join('、')}；“${key}”不在其中。`,
      });
    if (path === '')
      throw new UsageError({
        en: `--with ${key}= needs the path of the source, e.g. --with ${key}=${key === 'onet' ? 'db_29_1_text' : `${key}.xlsx`}.`,
        zh: `--with ${key}= 需要来源的路径，例如 --with ${key}=${key === 'onet' ? 'db_29_1_text' : `${key}.xlsx`}。`,
      });
    if (out[key as SourceKey] !== undefined)
      throw new UsageError({ en: `--with names ${key} twice.`, zh: `--with 两次给出了 ${key}。` });
    out[key as SourceKey] = path;
  }
  return out;
}

/** A source path that does not exist (or is the wrong kind) as an IMPORT_MISSING_FILE error at the path. */
function missing(path: string, key: SourceKey): Diagnostic {
  const folder = key === 'onet';
  return fileDiagnostic(
    path,
    'IMPORT_MISSING_FILE',
    folder
      ? { en: 'There is no folder here to read the O*NET database from.', zh: '此处没有可读取 O*NET 数据库的文件夹。' }
      : { en: 'There is no file here to read the classification from.', zh: '此处没有可读取职业分类的文件。' },
    folder
      ? {
          en: 'Give --with onet=<folder> the unzipped O*NET database (text or Excel layout).',
          zh: '请用 --with onet=<文件夹> 指定解压后的 O*NET 数据库（文本或 Excel 版）。',
        }
      : {
          en: `Give --with ${key}=<file> a table saved as .csv (UTF-8) or .xlsx.`,
          zh: `请用 --with ${key}=<文件> 指定另存为 .csv（UTF-8）或 .xlsx 的表格。`,
        },
  );
}

/** Reads each source and drafts its occupations as candidates; every problem is a diagnostic. */
async function readCandidates(
  sources: Partial<Record<SourceKey, string>>,
  diagnostics: Diagnostic[],
): Promise<OccupationCandidates[]> {
  const out: OccupationCandidates[] = [];
  for (const key of KEYS) {
    const path = sources[key];
    if (path === undefined) continue;
    const isDir = existsSync(path) && statSync(path).isDirectory();
    const isFile = existsSync(path) && statSync(path).isFile();
    if (key === 'onet' ? !isDir : !isFile) {
      diagnostics.push(missing(path, key));
      continue;
    }
    if (key === 'onet') {
      const { dir, files } = onetFiles(path);
      const inputs = files.map((f) => ({ file: join(dir, f), data: readBytes(join(dir, f)) }));
      const read = await readOnetDatabase(inputs, { folder: dir, files: ['tasks', 'alternateTitles'] });
      for (const d of read.diagnostics) diagnostics.push(d);
      out.push(occupationCandidates('onetSoc', draftOnetRoles(read.database, 'all')));
    } else {
      if (!/\.(csv|xlsx)$/i.test(path))
        throw new UsageError({
          en: `"${path}" is neither .csv nor .xlsx; save the table as CSV UTF-8 or as an Excel workbook.`,
          zh: `"${path}" 既不是 .csv 也不是 .xlsx；请将表格另存为 CSV UTF-8 或 Excel 工作簿。`,
        });
      const input = { file: path, data: readBytes(path) };
      if (key === 'csco') {
        const read = await readCscoTable(input);
        for (const d of read.diagnostics) diagnostics.push(d);
        out.push(occupationCandidates('cn2022', draftCscoRoles(read.occupations, 'all')));
      } else {
        const read = await readIscoTable(input);
        for (const d of read.diagnostics) diagnostics.push(d);
        out.push(occupationCandidates('isco08', draftIscoRoles(read.occupations)));
      }
    }
  }
  return out;
}

/** Where `classification` goes in a role file that has none: before the duties and what follows them, as the model orders them. */
const AFTER_CLASSIFICATION = ['duties', 'permissions', 'qualifications', 'kpis', 'stakeholders', 'career'];
/** The keys of `classification` in the model's order. */
const CODE_ORDER = ['isco08', 'onetSoc', 'cn2022'] as const;

/** The role document as written, with the codes added (in the model's order, where the model puts the key). */
function withCodes(written: Record<string, unknown>, codes: Partial<Record<ClassificationSystem, string>>) {
  const had = (written.classification ?? {}) as Record<string, string>;
  const merged: Record<string, string> = {};
  for (const k of CODE_ORDER) {
    const v = had[k] ?? codes[k];
    if (v !== undefined) merged[k] = v;
  }
  for (const [k, v] of Object.entries(had)) if (!(k in merged)) merged[k] = v;
  if ('classification' in written) return { ...written, classification: merged };
  const out: Record<string, unknown> = {};
  let placed = false;
  for (const [k, v] of Object.entries(written)) {
    if (!placed && AFTER_CLASSIFICATION.includes(k)) {
      out.classification = merged;
      placed = true;
    }
    out[k] = v;
  }
  if (!placed) out.classification = merged;
  return out;
}

/**
 * The role files with the proposed codes added, as the catalog directory's files: each role's document is edited in
 * place (updateYamlText: comments and formatting kept). The result is validated by the caller before anything is
 * written.
 */
function plannedWrites(
  dir: string,
  proposals: ReadonlyMap<string, Partial<Record<ClassificationSystem, string>>>,
): { path: string; content: string }[] {
  const files = readCatalogDirectory(dir);
  const out: { path: string; content: string }[] = [];
  for (const f of files) {
    let text = f.text;
    for (const doc of parseYaml(f.text, f.path).documents) {
      const v = doc.value as Record<string, unknown> | undefined;
      if (v?.kind !== 'Role' || typeof v.id !== 'string') continue;
      const codes = proposals.get(v.id);
      if (codes === undefined) continue;
      text = updateYamlText(text, withCodes(v, codes));
    }
    if (text !== f.text) out.push({ path: join(dir, f.path), content: text });
  }
  return out;
}

/**
 * Suggests codes for the roles named (every role by default) from the sources of `--with`, prints them (text or JSON)
 * and with --write adds them to the role files. Exit 0; 1 when a source has errors (nothing classified or written);
 * 2 for usage errors (an unknown role or source key, a missing source, --write without a catalog directory).
 */
export async function classifyCommand(
  io: CliIO,
  opts: ClassifyCommandOptions,
  catalog: Catalog,
  ids: readonly string[],
): Promise<number> {
  for (const id of ids) if (!catalog.has(id)) throw noSuchRole(catalog, id);
  const sources = withSources(opts.with);
  if (Object.keys(sources).length === 0)
    throw new UsageError({
      en: 'Give the classifications to draw codes from, e.g. `--with onet=db_29_1_text,csco=occupations.xlsx,isco=isco08.xlsx`.',
      zh: '请用 --with 指定职业分类来源，例如 --with onet=db_29_1_text,csco=occupations.xlsx,isco=isco08.xlsx',
    });
  if (opts.write && opts.dir === undefined)
    throw new UsageError({
      en: '--write edits the role files of a catalog directory: name it with --dir (the built-in catalog is not written).',
      zh: '--write 会修改岗位目录中的岗位文件：请用 --dir 指定目录（内置目录不可写入）。',
    });
  const diagnostics: Diagnostic[] = [];
  const candidates = await readCandidates(sources, diagnostics);
  const found = sortDiagnostics(diagnostics);
  // A source that is not there at all is an input error, like a file the command cannot read.
  if (candidates.length < Object.keys(sources).length) throw new InputError(found);
  if (hasErrors(found)) {
    printDiagnostics(io, found, opts.lang);
    io.stderr(
      opts.lang === 'zh'
        ? '职业分类来源有错误，未给出建议，也未写入任何文件。\n'
        : 'The sources have errors; no code was suggested and no file was written.\n',
    );
    return found.some((d) => d.code === 'FILE_ENCODING') ? EXIT.usage : EXIT.findings;
  }
  const result = classifyRoles(catalog, candidates, ids.length > 0 ? { roles: ids } : {});

  const proposals = new Map<string, Partial<Record<ClassificationSystem, string>>>();
  for (const r of result.roles)
    for (const system of CLASSIFICATION_SYSTEMS) {
      const o = r.codes[system];
      if (o.status === 'proposed') proposals.set(r.role, { ...proposals.get(r.role), [system]: o.code });
    }
  let written = false;
  if (opts.write && proposals.size > 0) {
    const files = plannedWrites(opts.dir!, proposals);
    writeAll(files);
    written = true;
    if (opts.format === 'text')
      for (const f of files) io.stderr(`${opts.lang === 'zh' ? '已更新' : 'updated'} ${f.path}\n`);
  }

  if (opts.format === 'json') {
    const data: ClassifyData = {
      format: CLASSIFY_FORMAT,
      threshold: CLASSIFY_THRESHOLD,
      sources: Object.fromEntries(
        KEYS.filter((k) => sources[k] !== undefined).map((k) => [WITH_SOURCES[k], sources[k]!]),
      ),
      roles: result.roles.map((r) => ({
        id: r.role,
        title: r.title,
        codes: Object.fromEntries(
          CLASSIFICATION_SYSTEMS.map((s) => {
            const o = r.codes[s];
            return [s, o.status === 'proposed' ? { ...o, written } : o];
          }),
        ) as ClassifyData['roles'][number]['codes'],
      })),
      diagnostics: found,
    };
    printJson(io, data);
  } else {
    printDiagnostics(io, found, opts.lang);
    io.stdout(textReport(result.roles, opts.lang, written));
  }
  return EXIT.ok;
}

/** The text report: per role, each classification's outcome, and under a proposal the evidence behind it. */
function textReport(roles: ReturnType<typeof classifyRoles>['roles'], lang: Lang, written: boolean): string {
  const lines: string[] = [];
  const colon = PUNCT.colon[lang];
  const score = (x: number) => x.toFixed(2);
  let proposed = 0;
  for (const r of roles) {
    lines.push(`${r.role}  ${r.title[lang]}`);
    for (const system of CLASSIFICATION_SYSTEMS) {
      const o: ClassifyOutcome = r.codes[system];
      const name = L.systems[system][lang];
      let line: string;
      if (o.status === 'classified') line = `${L.classified[lang]} ${o.code}`;
      else if (o.status === 'no-source') line = L.noSource[lang];
      else if (o.status === 'unmatched')
        line =
          o.best === undefined
            ? L.unmatched[lang]
            : paren(
                L.unmatched[lang],
                `${L.closest[lang]} ${o.best.code} ${o.best.title} ${score(o.best.score)}`,
                lang,
              );
      else {
        proposed++;
        const next =
          o.next === undefined ? '' : `${PUNCT.semicolon[lang]}${L.next[lang]} ${o.next.code} ${score(o.next.score)}`;
        line = `${(written ? L.written : L.proposed)[lang]} ${o.code} ${paren(o.title, `${L.score[lang]} ${score(o.score)}${next}`, lang)}`;
      }
      lines.push(`  ${name}${colon}${line}`);
      if (o.status === 'proposed')
        for (const e of o.evidence)
          lines.push(
            `      ${L[e.kind][lang]} ${e.id === r.role ? '' : `${e.id} `}“${e.role[lang]}” ← “${e.occupation}” ${score(e.score)}`,
          );
    }
  }
  if (roles.length > 0) lines.push('');
  lines.push(
    L.summary[lang]
      .replace('{proposed}', String(proposed))
      .replace('{roles}', String(roles.length))
      .replace('{threshold}', String(CLASSIFY_THRESHOLD)),
  );
  if (proposed > 0 && !written) lines.push(L.writeHint[lang]);
  return `${lines.join('\n')}\n`;
}
