import type { PostingDraft } from '../jd/generate/index.js';
import { escapeHtml, scriptJson } from './html.js';

// A generated job description as HTML: a fragment for a careers page, or for a job board's `description`, and a whole
// page around it.

/**
 * The JD's sections as an HTML fragment (no title, which a page or a JobPosting carries on its own). `forJobBoards`
 * keeps to the tags Google's job-posting guide shows (`p`, `ul`, `li`): headings become paragraphs and numbered duties
 * a bulleted list; otherwise headings are `h2` and duties an `ol`.
 */
export function postingHtmlFragment(draft: PostingDraft, options: { forJobBoards?: boolean } = {}): string {
  const boards = options.forJobBoards === true;
  const out: string[] = [];
  for (const section of draft.sections) {
    out.push(boards ? `<p>${escapeHtml(section.heading)}</p>` : `<h2>${escapeHtml(section.heading)}</h2>`);
    if (section.style === 'paragraphs') {
      for (const item of section.items) out.push(`<p>${escapeHtml(item.text)}</p>`);
      continue;
    }
    const tag = section.style === 'numbered' && !boards ? 'ol' : 'ul';
    out.push(`<${tag}>`);
    for (const item of section.items) out.push(`<li>${escapeHtml(item.text)}</li>`);
    out.push(`</${tag}>`);
  }
  return out.join('\n');
}

/**
 * The JD as a whole HTML page, in its language, with the schema.org JobPosting for job boards in the head when one is
 * given.
 */
export function postingHtmlPage(draft: PostingDraft, jsonLd?: unknown): string {
  const lang = draft.lang === 'zh' ? 'zh-CN' : 'en';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(draft.title)}</title>`,
    ...(jsonLd === undefined ? [] : [`<script type="application/ld+json">\n${scriptJson(jsonLd, 2)}\n</script>`]),
  ];
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<article>',
    `<h1>${escapeHtml(draft.title)}</h1>`,
    postingHtmlFragment(draft),
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
