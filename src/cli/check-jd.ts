import { readTextFile, readTextFiles } from './read.js';
import { parse as parseYaml } from 'yaml';
import type { Catalog } from '../catalog/catalog.js';
import { formatDiagnostic, type Diagnostic, type Severity, anyAtOrAbove } from '../errors.js';
import { checkJobDescription, type JdReport } from '../jd/check.js';
import { DEFAULT_TOO_LONG, type TooLongOptions } from '../jd/rules/index.js';
import { toSarif } from '../lint/sarif.js';
import { suggestion } from '../load/suggest.js';
import { checkJdData } from '../render/jd-data.js';
import { textIn } from '../model/text.js';
import { PROGRESS_LABELS, PROGRESS_MIN_FILES, progressLine } from './progress.js';
import { EXIT, printJson, InputError, UsageError, noSuchRole, type CliIO, type CommonOptions } from './io.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface CheckJdCommandOptions extends CommonOptions {
  role: string | undefined;
  config: string | undefined;
  version: string;
}

/** What a `--config` file sets: severities per rule, and the length limits of JD_TOO_LONG. */
interface JdConfig {
  rules: Record<string, string>;
  tooLong: Partial<TooLongOptions> | undefined;
}

const CONFIG_KEYS = ['rules', 'tooLong'] as const;

/**
 * A `--config` YAML file: `rules: { JD_AGE: warning, JD_VAGUE: off }` and `tooLong: { maxChars: 1500, maxItemWords: 50
 * }`.
 * Unknown keys, limits that are not positive whole numbers and severities that are not one of the four are usage
 * errors.
 */
function readConfig(path: string): JdConfig {
  const text = readTextFile(path, { en: 'The config file', zh: '配置文件' });
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (err) {
    throw new UsageError({
      en: `The config file "${path}" is not valid YAML: ${(err as Error).message}`,
      zh: `配置文件 "${path}" 不是有效的 YAML：${(err as Error).message}`,
    });
  }
  if (value === null || value === undefined) return { rules: {}, tooLong: undefined };
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError({
      en: `The config file "${path}" must be a mapping with \`rules\` and/or \`tooLong\`.`,
      zh: `配置文件 "${path}" 应为包含 \`rules\` 和/或 \`tooLong\` 的映射。`,
    });
  }
  for (const key of Object.keys(value)) {
    if ((CONFIG_KEYS as readonly string[]).includes(key)) continue;
    const hint = suggestion(key, CONFIG_KEYS);
    throw new UsageError({
      en: `The config file "${path}" has an unknown key \`${key}\`; it takes ${CONFIG_KEYS.map((k) => `\`${k}\``).join(' and ')}.${hint ? ` ${hint.en}` : ''}`,
      zh: `配置文件 "${path}" 中有未知的键 \`${key}\`；可用的键为 ${CONFIG_KEYS.map((k) => `\`${k}\``).join('、')}。${hint ? hint.zh : ''}`,
    });
  }
  const { rules, tooLong } = value as { rules?: unknown; tooLong?: unknown };
  if (
    rules !== undefined &&
    (rules === null ||
      typeof rules !== 'object' ||
      Array.isArray(rules) ||
      !Object.values(rules).every((v) => ['error', 'warning', 'info', 'off'].includes(String(v))))
  ) {
    throw new UsageError({
      en: `In "${path}", \`rules\` maps rule codes to error, warning, info or off.`,
      zh: `"${path}" 中的 \`rules\` 应把规则代码映射为 error、warning、info 或 off。`,
    });
  }
  return {
    rules: (rules ?? {}) as Record<string, string>,
    tooLong: tooLong === undefined ? undefined : limits(path, tooLong),
  };
}

/** The `tooLong` section: known limit names, each a positive whole number. */
function limits(path: string, raw: unknown): Partial<TooLongOptions> {
  const names = Object.keys(DEFAULT_TOO_LONG);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UsageError({
      en: `In "${path}", \`tooLong\` maps ${names.join(', ')} to whole numbers.`,
      zh: `"${path}" 中的 \`tooLong\` 应把 ${names.join('、')} 映射为整数。`,
    });
  }
  for (const [k, v] of Object.entries(raw)) {
    if (!names.includes(k)) {
      const hint = suggestion(k, names);
      throw new UsageError({
        en: `In "${path}", \`tooLong.${k}\` is not a limit; the limits are ${names.join(', ')}.${hint ? ` ${hint.en}` : ''}`,
        zh: `"${path}" 中的 \`tooLong.${k}\` 不是可设置的限度；可设置的有 ${names.join('、')}。${hint ? hint.zh : ''}`,
      });
    }
    if (!(typeof v === 'number' && Number.isInteger(v) && v > 0)) {
      throw new UsageError({
        en: `In "${path}", \`tooLong.${k}\` must be a positive whole number, not ${JSON.stringify(v)}.`,
        zh: `"${path}" 中的 \`tooLong.${k}\` 应为正整数，不能是 ${JSON.stringify(v)}。`,
      });
    }
  }
  return raw;
}

/** `check-jd <file…> --role <id>|auto`: every finding with line:column and the excerpt, as text, JSON or SARIF. */
export function checkJdCommand(
  io: CliIO,
  opts: CheckJdCommandOptions,
  catalog: Catalog,
  files: string[],
  failOn: Severity,
): number {
  if (files.length === 0)
    throw new UsageError({
      en: 'Name one or more job-description files, e.g. `rolematrix check-jd jd.md --role auto`.',
      zh: '请给出一个或多个职位描述文件，例如：rolematrix check-jd jd.md --role auto',
    });
  const role = opts.role ?? 'auto';
  if (role !== 'auto' && !catalog.has(role)) throw noSuchRole(catalog, role);
  const config = opts.config !== undefined ? readConfig(opts.config) : undefined;
  const rules = config !== undefined ? { ...catalog.settings?.rules, ...config.rules } : undefined;
  const reports: JdReport[] = [];
  // A file that is not UTF-8 text would be checked as replacement characters and pass: every such file is reported at
  // its first offending byte, and nothing is checked (exit 2).
  const encoding: Diagnostic[] = [];
  const progress = progressLine(io, PROGRESS_LABELS.files, opts.lang, files.length >= PROGRESS_MIN_FILES);
  progress.during((update) => {
    for (const file of files) {
      read(file);
      update(reports.length, files.length);
    }
  });
  if (encoding.length > 0) throw new InputError(encoding);
  function read(file: string): void {
    const text = readTextFiles([file], { en: 'The file', zh: '文件' }, encoding)[0];
    if (text === undefined) return;
    reports.push(
      checkJobDescription(text, catalog, {
        file,
        role,
        ...(rules ? { rules } : {}),
        ...(config?.tooLong ? { tooLong: config.tooLong } : {}),
      }),
    );
  }
  const all = reports.flatMap((r) => r.diagnostics);
  const zh = opts.lang === 'zh';
  if (opts.format === 'sarif') {
    printJson(io, toSarif(all, { toolName: 'rolematrix', version: opts.version, lang: opts.lang }));
  } else if (opts.format === 'json') {
    printJson(io, checkJdData(reports, catalog));
  } else {
    for (const r of reports) {
      const title = r.role ? textIn(catalog.find(r.role)?.title, opts.lang) : '';
      const top = r.ranking?.[0];
      if (r.role) {
        const how = top
          ? zh
            ? `自动匹配，吻合度 ${top.score.toFixed(2)}；匹配项：${top.matched.slice(0, 5).join('、')}`
            : `picked by auto, fit ${top.score.toFixed(2)}; matched: ${top.matched.slice(0, 5).join(', ')}`
          : zh
            ? '指定岗位'
            : 'given';
        io.stdout(`${r.file}: ${zh ? `岗位 ${r.role}（${title}）` : `role ${r.role} (${title})`} — ${how}\n`);
      } else if (r.probable) {
        const p = r.probable;
        const t = textIn(catalog.find(p.role)?.title, opts.lang);
        io.stdout(
          zh
            ? `${r.file}: 把握不大，可能是 ${t}（${p.role}），吻合度 ${p.score.toFixed(2)}\n`
            : `${r.file}: low confidence, probably ${p.role} (${t}), fit ${p.score.toFixed(2)}\n`,
        );
      } else {
        io.stdout(`${r.file}: ${zh ? '没有足够吻合的岗位' : 'no good match'}\n`);
      }
      for (const d of r.diagnostics) {
        io.stdout(`${formatDiagnostic(d, opts.lang)}\n`);
        if (d.excerpt) io.stdout(`  > ${d.excerpt}\n`);
      }
    }
    const count = (s: Severity) => all.filter((d) => d.severity === s).length;
    io.stdout(
      zh
        ? `${count('error')} 个错误，${count('warning')} 个警告，${count('info')} 条信息（${reports.length} 份职位描述）。\n`
        : `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'note')} in ${plural(reports.length, 'job description')}.\n`,
    );
  }
  return anyAtOrAbove(all, failOn) ? EXIT.findings : EXIT.ok;
}
