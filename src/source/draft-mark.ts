// The mark an imported draft carries at the top of its YAML document: `# rolematrix-draft: level family …`, the
// things left to review or fill in. `rolematrix import onet|csco` writes it; `rolematrix lint` reports each word until
// the user removes it (and the line when all are done).
import { isMap, isNode, type Document } from 'yaml';
import type { SourceDocument } from './document.js';

export const DRAFT_MARK = 'rolematrix-draft:';

/** `draftMark` of a loaded document, without making its YAML nodes when its text has no mark at all. */
export function draftMarkOf(src: SourceDocument): string[] | undefined {
  return src.text !== undefined && !src.text.includes(DRAFT_MARK) ? undefined : draftMark(src.doc);
}

/** The words of a document's draft mark (comments before its first key), or undefined when it has none. */
export function draftMark(doc: Document.Parsed): string[] | undefined {
  const root = doc.contents;
  const first = isMap(root) ? root.items[0]?.key : undefined;
  const comments = [
    doc.commentBefore,
    isNode(root) ? root.commentBefore : undefined,
    isNode(first) ? first.commentBefore : undefined,
  ];
  for (const c of comments) {
    for (const line of (c ?? '').split('\n')) {
      const t = line.trim();
      if (t.startsWith(DRAFT_MARK))
        return t
          .slice(DRAFT_MARK.length)
          .trim()
          .split(/[\s,]+/)
          .filter((w) => w !== '');
    }
  }
  return undefined;
}
