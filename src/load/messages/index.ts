import type { Bilingual } from '../../errors.js';
import { modelMessageText, type ModelMessage } from '../../model/messages.js';
import { en } from './en.js';
import type { Issue, IssueCode, IssueOf, SchemaLocale } from './locale.js';
import { zh } from './zh.js';

/** The same phrase in both languages, each built by its own locale from the same fields. */
export function bilingual(phrase: (locale: SchemaLocale) => string): Bilingual {
  return { en: phrase(en), zh: phrase(zh) };
}

function phraseIssue<C extends IssueCode>(locale: SchemaLocale, issue: IssueOf<C>, actual: unknown): string {
  const phrase: (issue: IssueOf<C>, actual: unknown) => string = locale.issues[issue.code];
  return phrase(issue, actual);
}

/** A zod issue in both languages: the model's `declared` message, else each locale's sentence for its fields. */
export function issueMessage(issue: Issue, actual: unknown, declared?: ModelMessage): Bilingual {
  if (declared !== undefined) return modelMessageText(declared);
  return bilingual((locale) => phraseIssue(locale, issue, actual));
}
