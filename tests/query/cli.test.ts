import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { run } from '../run-cli.js';

const LEVELS_ZH = 'staff、senior、supervisor、manager、director、executive';

describe('rolematrix query: a malformed expression in the chosen language', () => {
  test('--lang zh: the caret line, then the message and hint in Chinese; exit 2', async () => {
    expect(await run('query', 'family:customer-service and level>=mangr', '--lang', 'zh')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'family:customer-service and level>=mangr',
        '                                   ^^^^^',
        `"mangr" 不是层级；请使用以下之一：${LEVELS_ZH}。是不是要写 "manager"？`,
        '',
      ].join('\n'),
    });
  });

  test('--lang zh with Chinese in the expression: the caret still sits under the value', async () => {
    expect(await run('query', '投诉 且 level>=经里', '--lang', 'zh')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        '投诉 且 level>=经里',
        '               ^^^^',
        `"经里" 不是层级；请使用以下之一：${LEVELS_ZH}。是不是要写 "经理"？`,
        '',
      ].join('\n'),
    });
  });

  test('--lang zh: a catalog error, no hint', async () => {
    expect(await run('query', 'duty:xyz', '--lang', 'zh')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'duty:xyz',
        '     ^^^',
        '目录中没有与 "xyz" 对应的职责（按编号，或职责名称、关键词中的词查找）；例如 duty:risk-management 或 duty:投诉。',
        '',
      ].join('\n'),
    });
  });

  test('LANG=zh_CN picks Chinese too', async () => {
    let stderr = '';
    const code = await main(['query', 'kpi:x and'], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(code).toBe(2);
    expect(stderr).toBe(['kpi:x and', '      ^^^', '"and" 后面缺少条件。', ''].join('\n'));
  });

  test('English stays the default', async () => {
    expect(await run('query', 'level>=mangr')).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        'level>=mangr',
        '       ^^^^^',
        '"mangr" is not a level; use one of staff, senior, supervisor, manager, director, executive. Did you mean "manager"?',
        '',
      ].join('\n'),
    });
  });
});

describe('hostile lengths (issue 16)', () => {
  test('70,000 arguments are a usage error at once, not minutes in the argument parser', async () => {
    const words = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const r = await run('query', ...words);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'The command line has 70001 arguments; at most 10000 are read. Give fewer (a query of a few words, a catalog directory with --dir instead of its roles one by one).\nRun `rolematrix --help` for usage.\n',
    );
  });

  test('a query of 2,000 words: the query error, with its caret at the 1,001st word', async () => {
    const r = await run('query', ...Array.from({ length: 2000 }, (_, i) => `w${i}`));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The query has 2000 words, operators and brackets; at most 1000 are read.');
  });
});
