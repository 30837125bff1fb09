import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateOnetFolder } from '../classification/onet-generate.js';

/** Issue 17: `import onet --all` on a full-size database (1,000 occupations, 20,000 tasks) in under 30 s. */
const TARGET_MS = 30_000;
const BIN = 'dist/cli/bin.js';

function wall(args: readonly string[]): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - t0, status: r.status, stderr: String(r.stderr) };
}

/**
 * The built CLI drafting every occupation of a generated O*NET folder (text layout) into an empty directory, whole
 * process; then `validate` of the result, whose time is the baseline (drafting reads, maps, writes and validates once).
 */
export function benchOnet(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'rolematrix-bench-onet-'));
  try {
    const folder = join(dir, 'db_29_1_text');
    mkdirSync(folder);
    for (const [name, text] of Object.entries(generateOnetFolder(1000, 20))) writeFileSync(join(folder, name), text);
    const out = join(dir, 'catalog');
    const imported = wall([BIN, 'import', 'onet', folder, '--all', '--out', out]);
    if (imported.status !== 0)
      throw new Error(`import onet failed (${imported.status}): ${imported.stderr.slice(0, 2000)}`);
    const validated = wall([BIN, 'validate', out]);
    if (validated.status !== 0)
      throw new Error(`validate failed (${validated.status}): ${validated.stderr.slice(0, 2000)}`);
    const ok = imported.ms < TARGET_MS;
    console.log(
      `import onet --all, 1,000 occupations / 20,000 tasks: ${(imported.ms / 1000).toFixed(1)} s (target < ${TARGET_MS / 1000} s), ` +
        `${(imported.ms / validated.ms).toFixed(1)}× validate of the result (${(validated.ms / 1000).toFixed(1)} s) ${ok ? 'ok' : 'TOO SLOW'}`,
    );
    return ok;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
