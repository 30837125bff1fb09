import type { z } from 'zod';
import type { Bilingual, Diagnostic, DiagnosticCode, PathSegment } from '../errors.js';
import { descriptionOf } from '../model/describe.js';
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS, type DocumentKind } from '../model/document.js';
import type { ResponsibilityMatrix } from '../model/matrix.js';
import { CHECK_MESSAGES, modelMessageIn, type ModelIssueParams, type ModelMessage } from '../model/messages.js';
import type { RoleDocument } from '../model/role.js';
import type { CatalogSettings, Vocabulary } from '../model/vocabulary.js';
import type { SourceDocument } from '../source/document.js';
import { diagnosticAt } from '../source/report.js';
import { suggestion } from './suggest.js';
import { bilingual, issueMessage } from './messages/index.js';
import { commaSplitHint } from './yaml-traps.js';

/** A document that passed its schema, with its source kept for locating later findings. */
export type ValidDocument =
  | { kind: 'Role'; value: RoleDocument; source: SourceDocument }
  | { kind: 'Vocabulary'; value: Vocabulary; source: SourceDocument }
  | { kind: 'Catalog'; value: CatalogSettings; source: SourceDocument }
  | { kind: 'ResponsibilityMatrix'; value: ResponsibilityMatrix; source: SourceDocument };

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** Validates one parsed document against the schema of its `kind`; reports every schema problem. */
export function validateDocument(src: SourceDocument, diagnostics: Diagnostic[]): ValidDocument | undefined {
  const value = src.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push(
      diagnosticAt(
        src,
        [],
        'NOT_A_DOCUMENT',
        bilingual((l) => l.notADocument(value)),
        { hint: bilingual((l) => l.documentStart(DOCUMENT_KINDS)) },
      ),
    );
    return undefined;
  }
  const kind = (value as Record<string, unknown>).kind;
  if (kind === undefined) {
    diagnostics.push(
      diagnosticAt(
        src,
        [],
        'MISSING_KEY',
        bilingual((l) => l.noKind()),
        { hint: bilingual((l) => l.addKind(DOCUMENT_KINDS)) },
      ),
    );
    return undefined;
  }
  if (typeof kind !== 'string' || !(DOCUMENT_KINDS as string[]).includes(kind)) {
    diagnostics.push(
      diagnosticAt(
        src,
        ['kind'],
        'UNKNOWN_KIND',
        bilingual((l) => l.unknownKind(kind)),
        {
          hint:
            (typeof kind === 'string' ? suggestion(kind, DOCUMENT_KINDS) : undefined) ??
            bilingual((l) => l.knownKinds(DOCUMENT_KINDS)),
        },
      ),
    );
    return undefined;
  }
  const schema = DOCUMENT_SCHEMAS[kind as DocumentKind];
  const result = schema.safeParse(value);
  if (result.success) return { kind, value: result.data, source: src } as ValidDocument;
  for (const issue of result.error.issues) reportIssue(src, schema, issue, [], diagnostics);
  return undefined;
}

/**
 * Validates one parsed document against `schema` (a file that is not a catalog document, such as a posting file);
 * reports every problem at its YAML node, as catalog documents are.
 */
export function validateAgainst<S extends z.ZodType>(
  src: SourceDocument,
  schema: S,
  diagnostics: Diagnostic[],
): z.output<S> | undefined {
  if (src.value === null || typeof src.value !== 'object' || Array.isArray(src.value)) {
    diagnostics.push(
      diagnosticAt(src, [], 'INVALID_TYPE', {
        en: 'The file must hold a mapping of keys to values.',
        zh: '文件内容必须是“键: 值”的映射。',
      }),
    );
    return undefined;
  }
  const result = schema.safeParse(src.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) reportIssue(src, schema, issue, [], diagnostics);
  return undefined;
}

function reportIssue(
  src: SourceDocument,
  root: AnySchema,
  issue: Issue,
  base: readonly PathSegment[],
  out: Diagnostic[],
): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const push = (
    code: DiagnosticCode,
    message: Bilingual,
    opts: { at?: 'key' | 'value'; hint?: Bilingual | undefined } = {},
    at = path,
  ) => out.push(diagnosticAt(src, at, code, message, opts));
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeys(schemaAt(root, path));
      for (const key of issue.keys) {
        push(
          'UNKNOWN_KEY',
          issueMessage({ ...issue, keys: [key] }, undefined),
          {
            at: 'key',
            hint:
              commaSplitHint(src.doc, path, key) ??
              suggestion(key, known) ??
              (known.length > 0 ? bilingual((l) => l.allowedKeys(known)) : undefined),
          },
          [...path, key],
        );
      }
      return;
    }
    case 'invalid_union': {
      const branch = bestBranch(issue.errors);
      if (branch === undefined) {
        const actual = valueAt(src.value, path);
        push(
          actual === undefined ? 'MISSING_KEY' : 'INVALID_TYPE',
          actual === undefined ? missingMessage(path) : issueMessage(issue, actual),
          {
            hint: fieldHint(root, path),
          },
          actual === undefined ? path.slice(0, -1) : path,
        );
        return;
      }
      for (const sub of branch) reportIssue(src, root, sub, path, out);
      return;
    }
    case 'invalid_type': {
      const actual = valueAt(src.value, path);
      if (actual === undefined) {
        push('MISSING_KEY', missingMessage(path), { hint: fieldHint(root, path) }, path.slice(0, -1));
      } else {
        push('INVALID_TYPE', issueMessage(issue, actual), { hint: fieldHint(root, path) });
      }
      return;
    }
    case 'invalid_value': {
      const actual = valueAt(src.value, path);
      // zod reports an absent literal or enum (e.g. `apiVersion`, `track`) as a wrong value; it is a missing key.
      if (actual === undefined) {
        push('MISSING_KEY', missingMessage(path), { hint: fieldHint(root, path) }, path.slice(0, -1));
        return;
      }
      const allowed = issue.values.map((v) => String(v));
      const hint = typeof actual === 'string' ? suggestion(actual, allowed) : undefined;
      push('INVALID_VALUE', issueMessage(issue, actual), { hint });
      return;
    }
    case 'custom': {
      const params = (issue.params ?? {}) as Partial<ModelIssueParams>;
      const code = params.rolematrix ?? 'INVALID_VALUE';
      push(code, issueMessage(issue, valueAt(src.value, path), modelMessageIn(params)), {
        at: code === 'UNKNOWN_KEY' ? 'key' : 'value',
        hint: code === 'MISSING_KEY' && params.key ? fieldHint(root, [...path, params.key]) : undefined,
      });
      return;
    }
    default:
      push('INVALID_VALUE', issueMessage(issue, valueAt(src.value, path), declaredMessage(root, path, issue)), {
        hint: fieldHint(root, path),
      });
  }
}

function missingMessage(path: readonly PathSegment[]): Bilingual {
  const key = String(path[path.length - 1]);
  return bilingual((l) => l.missingKey(key));
}

/** The union branch that got furthest: one that did not fail on its own type, with the fewest issues. */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  for (const b of branches) {
    if (b.some((i) => i.code === 'invalid_type' && i.path.length === 0)) continue;
    if (best === undefined || b.length < best.length) best = b;
  }
  return best;
}

/** The schema that validates the value at `path`, looking through optional, union and pipe wrappers. */
function schemaAt(root: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let cur: AnySchema | undefined = root;
  for (const seg of path) {
    cur = unwrapToContainer(cur, typeof seg === 'number' ? 'array' : 'object');
    if (cur === undefined) return undefined;
    const def = cur._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    cur = def.type === 'array' ? def.element : def.shape?.[String(seg)];
  }
  return cur;
}

/** The model's own message for the check at `path` that raised `issue` (a pattern, a minimum length), if it has one. */
function declaredMessage(root: AnySchema, path: readonly PathSegment[], issue: Issue): ModelMessage | undefined {
  const queue: AnySchema[] = [];
  const at = schemaAt(root, path);
  if (at !== undefined) queue.push(at);
  for (let guard = 0; queue.length > 0 && guard < 20; guard++) {
    const s = queue.shift() as AnySchema;
    const declared = CHECK_MESSAGES.get(s)?.[issue.code];
    if (declared !== undefined) return declared;
    const def = s._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; options?: AnySchema[] };
    if (def.innerType) queue.push(def.innerType);
    else if (def.type === 'pipe' && def.in) queue.push(def.in);
    else if (def.type === 'union') for (const x of def.options ?? []) queue.push(x);
  }
  return undefined;
}

function unwrapToContainer(s: AnySchema | undefined, want: 'array' | 'object'): AnySchema | undefined {
  let cur = s;
  for (let guard = 0; cur !== undefined && guard < 20; guard++) {
    const def = cur._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; options?: AnySchema[] };
    if (def.type === want) return cur;
    if (def.innerType) cur = def.innerType;
    else if (def.type === 'pipe') cur = def.in;
    else if (def.type === 'union') cur = def.options?.find((o) => unwrapToContainer(o, want) !== undefined);
    else return undefined;
  }
  return undefined;
}

function objectKeys(s: AnySchema | undefined): string[] {
  const obj = unwrapToContainer(s, 'object');
  const shape = (obj?._zod.def as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The field's own description, shown as a hint so the fix is at hand. */
function fieldHint(root: AnySchema, path: readonly PathSegment[]): Bilingual | undefined {
  let s = schemaAt(root, path);
  for (let guard = 0; s !== undefined && guard < 10; guard++) {
    // A description the model gives in English only shows no hint (tests/model guards that every one has both).
    if ((s as unknown as { description?: string }).description) return descriptionOf(s);
    const def = s._zod.def as { innerType?: AnySchema };
    s = def.innerType;
  }
  return undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}
