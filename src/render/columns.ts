import { displayWidth } from '../text/width.js';

/** Lays rows out in aligned columns, measuring East-Asian wide characters as two cells. */
export function columns(rows: readonly (readonly string[])[], gap = 2): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - displayWidth(cell) + gap),
        )
        .join('')
        .trimEnd(),
    )
    .join('\n');
}
