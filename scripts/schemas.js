// `npm run schema` (after the build): the built CLI writes the role-file schema and the schema of every command's
// JSON output, one per name in OUTPUT_NAMES. Run with tsx, which reads that TypeScript list.
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { OUTPUT_NAMES } from '../src/render/output-names.js';

const cli = (...args) => execFileSync(process.execPath, ['dist/cli/bin.js', ...args], { stdio: 'inherit' });

cli('schema', '--out', 'roles/rolematrix.schema.json');
for (const name of OUTPUT_NAMES) cli('schema', name, '--out', `docs/schemas/${name}.schema.json`);
// The input schema of posting files (jd --config), which editors read as posting.yaml's `$schema`.
cli('schema', 'posting', '--out', 'docs/schemas/posting.schema.json');
