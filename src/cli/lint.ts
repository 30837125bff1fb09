import { catalog as shipped, catalogDiagnostics, catalogSources } from '../catalog/shipped.js';
import type { Catalog } from '../catalog/catalog.js';
import {
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
  type Diagnostic,
  type Severity,
  anyAtOrAbove,
} from '../errors.js';
import type { SourceDocument } from '../source/document.js';
import { LINT_SEVERITIES, lintCatalog } from '../lint/lint.js';
import { toSarif } from '../lint/sarif.js';
import { parseSources } from '../load/parse.js';
import { lintData } from '../render/catalog-data.js';
import { EXIT, printJson, UsageError, printDiagnostics, type CliIO, type CommonOptions } from './io.js';
import { loadCatalogDir } from './load-dir.js';

/** A catalog to lint: the catalog, the loader's diagnostics, and the parsed documents findings point into. */
export interface LintInput {
  catalog: Catalog;
  diagnostics: readonly Diagnostic[];
  documents: readonly SourceDocument[];
}

export interface LintCommandOptions extends CommonOptions {
  /** `--threshold` (checked by its option definition): similarity from which two roles are near duplicates; default 0.8. */
  threshold?: number | undefined;
  /** The tool version written into SARIF output. */
  version: string;
}

/** The shipped catalog, or every YAML file under `dir`, with the parsed documents lint findings point into. */
export function loadLintInput(dir: string | undefined): LintInput {
  if (dir === undefined)
    return { catalog: shipped, diagnostics: catalogDiagnostics, documents: parseSources(catalogSources) };
  // The loader's own parsed documents: the files are read and parsed once.
  return loadCatalogDir(dir);
}

/**
 * `lint [--dir d] [--format text|json|sarif] [--fail-on error|warning] [--threshold n]`: the catalog health checks,
 * with the loader's own warnings. Exit 1 when a finding is at or above `failOn`, 2 when the catalog does not load.
 */
export function lintCommand(io: CliIO, opts: LintCommandOptions, input: LintInput, failOn: Severity): number {
  const zh = opts.lang === 'zh';
  if (hasErrors(input.diagnostics)) {
    printDiagnostics(io, input.diagnostics, opts.lang);
    io.stderr(
      zh
        ? '岗位目录有错误，无法检查；请先运行 rolematrix validate 并修正。\n'
        : 'The catalog has errors and cannot be linted; run `rolematrix validate` and fix them first.\n',
    );
    return EXIT.usage;
  }
  const findings = sortDiagnostics([
    ...input.diagnostics,
    ...lintCatalog(input.catalog, { documents: input.documents, nearDuplicateThreshold: opts.threshold }),
  ]);
  switch (opts.format ?? 'text') {
    case 'json':
      printJson(io, lintData(input.catalog, findings));
      break;
    case 'sarif': {
      const log = toSarif(findings, {
        toolName: 'rolematrix',
        version: opts.version,
        rules: LINT_SEVERITIES,
        lang: opts.lang,
      });
      printJson(io, log);
      break;
    }
    case 'text':
      for (const d of findings) io.stdout(`${formatDiagnostic(d, opts.lang)}\n`);
      io.stdout(`${summary(findings, input.catalog, zh)}\n`);
      break;
    default:
      throw new UsageError({
        en: `--format must be text, json or sarif for lint, not "${opts.format}".`,
        zh: `lint 的 --format 只能是 text、json 或 sarif，不能是 "${opts.format}"。`,
      });
  }
  return anyAtOrAbove(findings, failOn) ? EXIT.findings : EXIT.ok;
}

function summary(findings: readonly Diagnostic[], catalog: Catalog, zh: boolean): string {
  const n = (s: Severity) => findings.filter((d) => d.severity === s).length;
  const roles = catalog.roles.size;
  const entries = catalog.entryCount();
  if (findings.length === 0) {
    return zh
      ? `未发现问题：检查了 ${roles} 个岗位、${entries} 个词汇条目。`
      : `No findings: ${roles} roles and ${entries} vocabulary entries checked.`;
  }
  return zh
    ? `${n('error')} 个错误，${n('warning')} 个警告，${n('info')} 条提示（共 ${roles} 个岗位、${entries} 个词汇条目）。`
    : `${n('error')} ${n('error') === 1 ? 'error' : 'errors'}, ${n('warning')} ${n('warning') === 1 ? 'warning' : 'warnings'}, ${n('info')} info (${roles} roles, ${entries} vocabulary entries).`;
}
