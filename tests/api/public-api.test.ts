import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every name an entry point exports, as `value name` or `type name`, sorted: the public API at a glance. */
function publicNames(entry: string): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json cannot be read');
  const program = ts.createProgram([`${root}${entry}`], config.options);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(`${root}${entry}`);
  const module = file && checker.getSymbolAtLocation(file);
  if (!module) throw new Error(`${entry} is not a module`);
  return checker
    .getExportsOfModule(module)
    .map((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return `${target.flags & ts.SymbolFlags.Value ? 'value' : 'type'} ${s.name}`;
    })
    .sort();
}

test('the public API of rolematrix is deliberate: at most 90 names, and any change shows in this list', async () => {
  const names = publicNames('src/index.ts');
  await expect(`${names.join('\n')}\n`).toMatchFileSnapshot('./public-api.txt');
  expect(names.length).toBeLessThanOrEqual(90);
}, 60_000);

test('rolematrix/node adds only what needs Node: loading a directory or files, the matrices and texts on threads', () => {
  const core = new Set(publicNames('src/index.ts'));
  const added = publicNames('src/node/index.ts').filter((n) => !core.has(n));
  expect(added).toEqual([
    'value loadCatalog',
    'value loadFiles',
    'value similarityMatrixParallel',
    'value useThreadsForMatrices',
    'value useThreadsForReading',
  ]);
}, 60_000);
