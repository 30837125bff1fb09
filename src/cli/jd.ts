import { readTextFile } from './read.js';
import type { Catalog } from '../catalog/catalog.js';
import { anyAtOrAbove, hasErrors, sortDiagnostics, type Diagnostic, type Severity } from '../errors.js';
import { jobPostingJsonLd } from '../export/jsonld.js';
import { generateJobDescription, type GeneratedJobDescription } from '../jd/generate/index.js';
import { parseYaml } from '../load/parse.js';
import { validateAgainst } from '../load/validate.js';
import { PostingSchema, type Posting } from '../model/posting.js';
import type { Lang } from '../model/text.js';
import { scriptJson } from '../render/html.js';
import { postingHtmlFragment, postingHtmlPage } from '../render/job-description.js';
import { jdData } from '../render/posting-data.js';
import type { SourceDocument } from '../source/document.js';
import { writeAll } from './write.js';
import { EXIT, noSuchRole, printDiagnostics, UsageError, type CliIO } from './io.js';

export const JD_FORMATS = ['md', 'html', 'jsonld', 'json'] as const;
export type JdFormat = (typeof JD_FORMATS)[number];

export interface JdCommandOptions {
  lang: Lang;
  format: JdFormat;
  config: string | undefined;
  out: string | undefined;
}

/** A posting file read and checked: its value and parsed document, or the diagnostics that stop the command. */
function readPosting(path: string): { posting?: Posting; source?: SourceDocument; diagnostics: Diagnostic[] } {
  const text = readTextFile(path, { en: 'The posting file', zh: '职位发布文件' });
  const { documents, diagnostics } = parseYaml(text, path);
  if (hasErrors(diagnostics)) return { diagnostics };
  const source = documents[0];
  if (source === undefined) return { diagnostics }; // an empty file: a posting with nothing to add
  if (documents.length > 1) {
    throw new UsageError({
      en: `The posting file "${path}" holds ${documents.length} YAML documents; give one posting per file.`,
      zh: `职位发布文件 "${path}" 包含 ${documents.length} 个 YAML 文档；每个文件只写一个职位发布。`,
    });
  }
  const posting = validateAgainst(source, PostingSchema, diagnostics);
  return posting === undefined ? { diagnostics } : { posting, source, diagnostics };
}

/**
 * `jd <role> [--format md|html|jsonld|json] [--config posting.yaml] [--out file]`: writes a job description for the
 * role in `--lang`, checked with check-jd's rules; findings go to stderr at the role's YAML. A posting file that does
 * not validate stops the command (exit 2) before anything is written. Exit 1 when a finding is at or above `failOn`.
 */
export function jdCommand(
  io: CliIO,
  opts: JdCommandOptions,
  catalog: Catalog,
  documents: readonly SourceDocument[],
  roleId: string,
  failOn: Severity,
): number {
  const role = catalog.find(roleId);
  if (role === undefined) throw noSuchRole(catalog, roleId);
  const read = opts.config === undefined ? { diagnostics: [] } : readPosting(opts.config);
  if (hasErrors(read.diagnostics)) {
    printDiagnostics(io, read.diagnostics, opts.lang);
    return EXIT.usage;
  }
  const base = { catalog, posting: read.posting, documents, postingSource: read.source };
  const generate = (lang: Lang): GeneratedJobDescription => generateJobDescription(role, { ...base, lang });
  const jd = generate(opts.lang);
  let diagnostics: Diagnostic[] = [...read.diagnostics, ...jd.diagnostics];
  let output: string;
  switch (opts.format) {
    case 'md':
      output = jd.markdown;
      break;
    case 'html': {
      const ld =
        read.posting === undefined
          ? undefined
          : jobPostingJsonLd(catalog, role, {
              lang: opts.lang,
              posting: read.posting,
              postingSource: read.source,
              descriptionHtml: postingHtmlFragment(jd, { forJobBoards: true }),
            });
      if (ld !== undefined) for (const x of ld.diagnostics) diagnostics.push(x);
      output = postingHtmlPage(jd, ld?.document);
      break;
    }
    case 'jsonld': {
      const ld = jobPostingJsonLd(catalog, role, {
        lang: opts.lang,
        posting: read.posting,
        postingSource: read.source,
        descriptionHtml: postingHtmlFragment(jd, { forJobBoards: true }),
      });
      for (const x of ld.diagnostics) diagnostics.push(x);
      // Escaped for HTML, as it is meant to be embedded in a page (valid JSON all the same).
      output = `${scriptJson(ld.document, 2)}\n`;
      break;
    }
    case 'json': {
      const other = generate(opts.lang === 'zh' ? 'en' : 'zh');
      const both = opts.lang === 'zh' ? { zh: jd, en: other } : { zh: other, en: jd };
      // A finding of both languages' JDs about the same value and code is one finding.
      const seen = new Set(diagnostics.map((d) => `${d.code}\u0000${d.file}\u0000${d.path}\u0000${d.message}`));
      for (const d of other.diagnostics) {
        const key = `${d.code}\u0000${d.file}\u0000${d.path}\u0000${d.message}`;
        if (!seen.has(key)) diagnostics.push(d);
        seen.add(key);
      }
      diagnostics = sortDiagnostics(diagnostics);
      output = `${JSON.stringify(jdData(catalog, role.id, both, diagnostics), null, 2)}\n`;
      break;
    }
  }
  if (opts.out === undefined || opts.out === '-') io.stdout(output);
  else {
    writeAll([{ path: opts.out, content: output }]);
    io.stdout(opts.lang === 'zh' ? `已写入 ${opts.out}\n` : `Wrote ${opts.out}\n`);
  }
  // JSON carries its findings in the document; every other format prints them on stderr.
  if (opts.format !== 'json') printDiagnostics(io, sortDiagnostics(diagnostics), opts.lang);
  return anyAtOrAbove(diagnostics, failOn) ? EXIT.findings : EXIT.ok;
}
