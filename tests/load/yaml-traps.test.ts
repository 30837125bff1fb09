import { describe, expect, test } from 'vitest';
import { loadText } from '../../src/catalog/load.js';

// A summary whose English starts with a character YAML reads as syntax. Each gets one diagnostic on the line, whose
// hint says to put the text in quotes and shows the line quoted.
const roleWith = (value: string) =>
  [
    'apiVersion: rolematrix/v1',
    'kind: Role',
    'id: a',
    'title: { zh: 甲, en: A }',
    'family: customer-service',
    'level: staff',
    'orientation: customer',
    'summary:',
    '  zh: 概述。',
    `  en: ${value}`,
    '',
  ].join('\n');

describe('a value that starts with a YAML indicator', () => {
  test.each([
    ['>', 'YAML_SYNTAX', 'error'],
    ['|', 'YAML_SYNTAX', 'error'],
    ['*', 'YAML_SYNTAX', 'error'],
    ['&', 'YAML_WARNING', 'warning'],
    ['!', 'YAML_WARNING', 'warning'],
    ['%', 'YAML_SYNTAX', 'error'],
    ['@', 'YAML_SYNTAX', 'error'],
    ['`', 'YAML_SYNTAX', 'error'],
  ])('%s: one %s on line 10, saying to quote the text', (c, code, severity) => {
    const { diagnostics } = loadText(roleWith(`${c}team leads the work`), 'a.yaml');
    const onLine = diagnostics.filter((d) => d.line === 10);
    expect(onLine.map((d) => [d.code, d.severity])).toEqual([[code, severity]]);
    const [d] = onLine;
    const name = c === '`' ? 'a backtick (`)' : `\`${c}\``;
    expect(d!.hint).toContain(`A value that starts with ${name} means something else in YAML.`);
    expect(d!.hint).toContain(`Put the text in quotes: \`en: "${c}team leads the work"\``);
    expect(d!.zh.hint).toContain(`请给文字加引号：\`en: "${c}team leads the work"\``);
  });

  test('quoted, every one of them loads clean', () => {
    for (const c of ['>', '|', '*', '&', '!', '%', '@', '`']) {
      const yaml = loadText(roleWith(`"${c}team leads the work"`), 'a.yaml').diagnostics.filter((d) =>
        d.code.startsWith('YAML'),
      );
      expect(yaml).toEqual([]);
    }
  });

  test('an anchor that an alias uses is deliberate YAML, not a trap', () => {
    const text =
      roleWith('&summary Leads the team.').replace('  zh: 概述。', '  zh: 概述。') + 'aliases: { en: [*summary] }\n';
    expect(loadText(text, 'a.yaml').diagnostics.filter((d) => d.code === 'YAML_WARNING')).toEqual([]);
  });
});
