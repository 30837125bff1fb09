import { terminalSafe } from '../text/terminal.js';
import { stringify } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import type { Role } from '../model/role.js';
import { type Diagnostic, type Severity, anyAtOrAbove } from '../errors.js';
import { roleJsonSchema } from '../model/document.js';
import { textIn } from '../model/text.js';
import { listData, showData, validateData } from '../render/catalog-data.js';
import { columns } from '../render/columns.js';
import { t } from '../labels.js';
import { renderRoleText } from '../render/role-text.js';
import { EXIT, printJson, UsageError, noSuchRole, printDiagnostics, type CliIO, type CommonOptions } from './io.js';

export interface Loaded {
  catalog: Catalog;
  diagnostics: readonly Diagnostic[];
}

/** `validate [dir]`: every diagnostic, one per line; exit 1 when any is at or above `--fail-on`. */
export function validateCommand(io: CliIO, opts: CommonOptions, loaded: Loaded, failOn: Severity): number {
  const { catalog, diagnostics } = loaded;
  if (opts.format === 'json') {
    printJson(io, validateData(catalog, diagnostics));
  } else {
    printDiagnostics(io, diagnostics, opts.lang);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    const entries = catalog.entryCount();
    const counts =
      opts.lang === 'zh'
        ? `${catalog.roles.size} ${t('roles', 'zh')}，${entries} ${t('vocabularyEntries', 'zh')}`
        : `${catalog.roles.size} ${t('roles', 'en')}, ${entries} ${t('vocabularyEntries', 'en')}`;
    if (errors === 0 && warnings === 0)
      io.stdout(`${t('valid', opts.lang)}${opts.lang === 'zh' ? '：' : ': '}${counts}\n`);
    else if (opts.lang === 'zh') io.stdout(`${errors} ${t('errors', 'zh')}，${warnings} ${t('warnings', 'zh')}。\n`);
    else io.stdout(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.\n`);
  }
  // A catalog directory that cannot be read at all is an input error, not a finding about its content.
  if (
    diagnostics.length > 0 &&
    diagnostics.every((d) => d.code === 'IO_ERROR') &&
    opts.dir !== undefined &&
    diagnostics.some((d) => d.file === opts.dir)
  )
    return EXIT.usage;
  // A file that is not UTF-8 text cannot be read at all: an input error too, as in every other reader.
  if (diagnostics.some((d) => d.code === 'FILE_ENCODING')) return EXIT.usage;
  return anyAtOrAbove(diagnostics, failOn) ? EXIT.findings : EXIT.ok;
}

/** `list`: one line per role, or the roles as data (rolematrix/list@1). */
export function listCommand(io: CliIO, opts: CommonOptions, catalog: Catalog): number {
  const roles = catalog.list();
  const arch = catalog.architecture;
  const trackOf = (r: Role) => arch.trackOf(r);
  const hasTracks = arch.tracks.length > 0;
  if (opts.format === 'json') {
    printJson(io, listData(catalog));
    return EXIT.ok;
  }
  const rows = [
    [
      t('id', opts.lang),
      t('title', opts.lang),
      t('family', opts.lang),
      t('level', opts.lang),
      ...(arch.graded ? [t('grade', opts.lang)] : []),
      ...(hasTracks ? [t('track', opts.lang)] : []),
    ],
  ];
  for (const r of roles) {
    const track = trackOf(r);
    rows.push([
      r.id,
      textIn(r.title, opts.lang),
      catalog.label('families', r.family, opts.lang),
      arch.label(r.level, opts.lang),
      ...(arch.graded ? [String(arch.grade(r.level) ?? '')] : []),
      ...(hasTracks ? [track === undefined ? '—' : textIn(track.label, opts.lang)] : []),
    ]);
  }
  io.stdout(`${terminalSafe(columns(rows))}\n`);
  return EXIT.ok;
}

/** `show <id>`: the resolved role as text, JSON or YAML. */
export function showCommand(io: CliIO, opts: CommonOptions, catalog: Catalog, id: string | undefined): number {
  if (id === undefined)
    throw new UsageError(
      opts.lang === 'zh'
        ? '请指定岗位编号，例如：rolematrix show customer-service-manager'
        : 'Name a role, e.g. `rolematrix show customer-service-manager`.',
    );
  const role = catalog.find(id);
  if (!role) throw noSuchRole(catalog, id);
  switch (opts.format ?? 'text') {
    case 'json':
      printJson(io, showData(role));
      break;
    case 'yaml':
      io.stdout(stringify(role, { lineWidth: 0 }));
      break;
    case 'text':
      io.stdout(terminalSafe(renderRoleText(role, catalog, opts.lang)));
      break;
    default:
      throw new UsageError({
        en: `--format must be text, json or yaml for show, not "${opts.format}".`,
        zh: `show 的 --format 只能是 text、json 或 yaml，不能是 "${opts.format}"。`,
      });
  }
  return EXIT.ok;
}

/** `schema`: the JSON Schema generated from the model. */
export function schemaText(): string {
  return `${JSON.stringify(roleJsonSchema(), null, 2)}\n`;
}
