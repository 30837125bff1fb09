import { describe, expect, test } from 'vitest';
import { catalog } from '../../src/catalog/shipped.js';
import { findOverlaps } from '../../src/compare/overlaps.js';
import { formatDiagnostic, type Diagnostic } from '../../src/errors.js';
import { overlapsTable } from '../../src/render/compare-table.js';
import { renderRoleText } from '../../src/render/role-text.js';

/** ASCII `, ; : ? ! ( )` written next to a Chinese character or full-width mark. */
const ASCII_NEXT_TO_CJK =
  /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef][,;:?!()]|[,;:?!()][\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]/;

describe('Chinese output uses full-width punctuation', () => {
  test('show: the heading, the escalation role and the education line', () => {
    const lines = renderRoleText(catalog.find('customer-service-manager')!, catalog, 'zh').split('\n');
    expect(lines[0]).toBe('# 客服经理（customer-service-manager）');
    expect(lines.some((l) => l.includes('超出时上报：客户服务总监（customer-service-director）'))).toBe(true);
    expect(lines.find((l) => l.startsWith('- 学历：'))).toMatch(/^- 学历：\S+及以上；优先专业：\S+/);
    expect(lines.filter((l) => ASCII_NEXT_TO_CJK.test(l))).toEqual([]);
  });

  test('show in English keeps ASCII punctuation', () => {
    expect(renderRoleText(catalog.find('customer-service-manager')!, catalog, 'en').split('\n')[0]).toBe(
      '# Customer Service Manager (customer-service-manager)',
    );
  });

  test('overlaps: the threshold and each holder with its duty id', () => {
    // (at 0.5: the duties shared at 60% and above are those of roles related by extends, which overlaps leaves out)
    const table = overlapsTable(findOverlaps(catalog, 0.5), catalog, 'zh');
    expect(table.rows[0]!.cells[0]!.lines).toEqual(['相近岗位（≥ 50%）']);
    const holders = table.rows.filter((r) => !r.section).flatMap((r) => r.cells[1]!.lines);
    const withDuty = holders.filter((l) => l.includes('（'));
    expect(withDuty.length).toBeGreaterThan(0);
    for (const l of withDuty) expect(l).toMatch(/^[^\s（]+（[a-z0-9-]+）$/);
    expect(overlapsTable(findOverlaps(catalog, 0.5), catalog, 'en').rows[0]!.cells[0]!.lines).toEqual([
      'Near-duplicate roles (≥ 50%)',
    ]);
  });

  test('formatDiagnostic: severity and hint labels in Chinese, ASCII in the file:line:col part', () => {
    const d: Diagnostic = {
      code: 'UNKNOWN_KEY',
      severity: 'warning',
      file: 'roles/a.yaml',
      path: 'dutys',
      line: 9,
      column: 1,
      message: 'Unknown key.',
      hint: 'Did you mean "duties"?',
      zh: { message: '未知的键。', hint: '是不是要写 "duties"？' },
    };
    expect(formatDiagnostic(d, 'zh')).toBe(
      'roles/a.yaml:9:1 dutys: 警告：未知的键。 [UNKNOWN_KEY]\n  提示：是不是要写 "duties"？',
    );
    expect(formatDiagnostic(d, 'en')).toBe(
      'roles/a.yaml:9:1 dutys: warning: Unknown key. [UNKNOWN_KEY]\n  hint: Did you mean "duties"?',
    );
    expect(formatDiagnostic({ ...d, severity: 'info' }, 'zh')).toContain(' dutys: 信息：未知的键。');
  });
});
