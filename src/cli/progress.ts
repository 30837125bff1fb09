import type { Bilingual } from '../errors.js';
import type { Lang } from '../model/text.js';
import type { CliIO } from './io.js';

/** Roles from which matrix, export and report show their progress; files from which check-jd does. */
export const PROGRESS_MIN_ROLES = 200;
export const PROGRESS_MIN_FILES = 20;

/** How often the progress line is redrawn at most. */
const REDRAW_MS = 100;

export interface ProgressLine {
  /** `done` of `total` units are done. */
  update(done: number, total: number): void;
  /** Clears the line: the work is over (or failed). */
  end(): void;
  /** Runs `work` (sync or async) with `update` to call, and clears the line when it ends, however it ends. */
  during<T>(work: (update: (done: number, total: number) => void) => T): T;
}

function line(update: ProgressLine['update'], end: ProgressLine['end']): ProgressLine {
  return {
    update,
    end,
    during(work) {
      let result;
      try {
        result = work(update);
      } catch (err) {
        end();
        throw err;
      }
      if (result instanceof Promise) return result.finally(end) as typeof result;
      end();
      return result;
    },
  };
}

const NONE: ProgressLine = line(
  () => {},
  () => {},
);

/**
 * A line on stderr saying how far long work is (`Comparing pairs of roles 12,345/19,900 (62%)`), redrawn in place at
 * most every 100 ms and cleared at the end. Only when stderr is a terminal and the work is big enough
 * (`enough`): piped or redirected output gets nothing, so logs and programs never see it.
 */
export function progressLine(io: CliIO, label: Bilingual, lang: Lang, enough: boolean): ProgressLine {
  if (io.stderrIsTTY !== true || !enough) return NONE;
  const number = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US');
  let last = 0;
  let drawn = false;
  return line(
    (done, total) => {
      const now = Date.now();
      if (now - last < REDRAW_MS && done < total) return;
      last = now;
      drawn = true;
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
      io.stderr(`\r\x1b[K${label[lang]} ${number.format(done)}/${number.format(total)} (${pct}%)`);
    },
    () => {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  );
}

/** The labels of the CLI's long work. */
export const PROGRESS_LABELS = {
  pairs: { en: 'Comparing pairs of roles', zh: '正在两两比较岗位' },
  files: { en: 'Checking job descriptions', zh: '正在检查职位描述' },
} as const satisfies Record<string, Bilingual>;
