import { fileDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../errors.js';
import { loadDocuments, type LoadOptions } from '../catalog/load.js';
import { parseYaml } from '../load/parse.js';
import type { SourceDocument, SourceFile } from '../source/document.js';
import { mergeRole } from '../catalog/merge.js';
import { DOCUMENT_SCHEMAS, type Role, type RoleDocument } from '../model/index.js';
import { roleDelta, sameMeaning } from './delta.js';
import { preserveWritten } from './preserve.js';
import type { ImportedDocument } from './types.js';
import { toYamlText, updateYamlText } from './yaml.js';

/** One file an import writes. */
interface PlannedFile {
  /** Path relative to the catalog directory, with `/` separators. */
  file: string;
  text: string;
  status: 'created' | 'updated' | 'unchanged';
}

interface ImportPlan {
  files: PlannedFile[];
  /**
   * Warnings about what the YAML cannot say (an inherited item dropped); errors when a target file cannot be edited.
   */
  diagnostics: Diagnostic[];
}

/**
 * What importing `documents` into a catalog directory writes, given the YAML files already there (paths relative to
 * the directory). A document already in the catalog is updated where it is written, with `updateYamlText` (comments
 * kept); others go to their default file. A role that extends another is written as its delta against the parent (from
 * the import, or else from the existing catalog). Pure: reads and writes nothing.
 */
export function planImport(
  documents: readonly ImportedDocument[],
  existing: readonly SourceFile[] = [],
  options: Pick<LoadOptions, 'resolveBase'> = {},
): ImportPlan {
  const diagnostics: Diagnostic[] = [];
  const texts = new Map(existing.map((f) => [f.path, f.text]));
  const broken = new Set<string>();
  const located = new Map<string, { file: string; src: SourceDocument }[]>();
  for (const f of existing) {
    const parsed = parseYaml(f.text, f.path);
    if (hasErrors(parsed.diagnostics)) broken.add(f.path);
    for (const src of parsed.documents) {
      const key = identity(src.value);
      if (key !== undefined) located.set(key, [...(located.get(key) ?? []), { file: f.path, src }]);
    }
  }
  // The existing catalog is only needed for a parent that is not imported: loaded on first use.
  let base: ReturnType<typeof loadDocuments>['catalog'] | undefined;
  const existingRole = (id: string) => (base ??= loadDocuments(existing, options).catalog).find(id);
  const imported = new Map(documents.filter((d) => d.kind === 'Role').map((d) => [d.id, d.value as unknown as Role]));

  // Each file's documents in their new form, in order of arrival.
  const updates = new Map<string, Record<string, unknown>[]>();
  const add = (file: string, value: Record<string, unknown>) => {
    const list = updates.get(file);
    if (list === undefined) updates.set(file, [value]);
    else list.push(value);
  };
  // Comment lines for a document's new file, by its value.
  const headers = new Map<unknown, readonly string[]>();
  // Values taken as they are written (the import changes nothing in them): their files need no edit for them.
  const asWritten = new Set<unknown>();

  for (const doc of documents) {
    const key = identity(doc.value)!;
    const at = located.get(key) ?? [];
    if (doc.kind === 'Vocabulary' && at.length > 1) {
      splitVocabulary(doc, at, add);
      continue;
    }
    const target = at[0];
    let value = doc.value;
    let parent: Role | undefined;
    if (doc.kind === 'Role' && typeof value.extends === 'string') {
      parent = imported.get(value.extends) ?? existingRole(value.extends);
      if (parent !== undefined) {
        const delta = roleDelta(
          value as unknown as Role,
          parent,
          target?.src.value as Record<string, unknown> | undefined,
        );
        value = delta.value;
        for (const k of delta.lost) {
          diagnostics.push({
            ...fileDiagnostic(
              target?.file ?? doc.file,
              'IMPORT_INHERITED_LOST',
              {
                en: `The imported role "${doc.id}" drops or reorders part of \`${k}\` that it inherits from "${String(doc.value.extends)}"; a role that extends another can only replace and add, so the file still inherits it.`,
                zh: `导入的岗位 "${doc.id}" 删除或调整了从 "${String(doc.value.extends)}" 继承的 \`${k}\` 的部分内容；继承其他岗位的岗位只能替换和新增，因此文件仍会继承这些内容。`,
              },
              {
                en: `Change it in "${String(doc.value.extends)}", or remove \`extends\` and write the role in full.`,
                zh: `请在 "${String(doc.value.extends)}" 中修改，或去掉 \`extends\` 并完整写出该岗位。`,
              },
              'warning',
            ),
            path: k,
          });
        }
      }
    }
    if (target !== undefined) {
      const kept = keepWritten(doc, target.src.value, value, parent);
      if (kept === target.src.value) asWritten.add(kept);
      value = kept;
    }
    if (doc.header !== undefined) headers.set(value, doc.header);
    add(target?.file ?? doc.file, value);
  }

  const files: PlannedFile[] = [];
  for (const [file, values] of updates) {
    const before = texts.get(file);
    if (before !== undefined && broken.has(file)) {
      diagnostics.push(
        fileDiagnostic(
          file,
          'IO_ERROR',
          {
            en: 'The file is to be updated but is not valid YAML, so it was left alone.',
            zh: '该文件需要更新，但不是有效的 YAML，因此未作改动。',
          },
          {
            en: 'Fix its syntax (rolematrix validate shows where) and import again.',
            zh: '请修正其语法（rolematrix validate 会指出位置）后重新导入。',
          },
        ),
      );
      continue;
    }
    let text: string;
    if (before === undefined) {
      text = values
        .map((v, i) =>
          i === 0
            ? toYamlText(v, { schema: schemaPath(file), header: headers.get(v) })
            : `---\n${toYamlText(v, { header: headers.get(v) }).replace(/^#.*\n/, '')}`,
        )
        .join('');
    } else {
      // Each edit re-reads the file, so documents that stay as they are written are not edited at all.
      text = values.reduce((t, v) => (asWritten.has(v) ? t : updateYamlText(t, v)), before);
    }
    files.push({ file, text, status: before === undefined ? 'created' : text === before ? 'unchanged' : 'updated' });
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, diagnostics: sortDiagnostics(diagnostics) };
}

/** `Role:id`, `Vocabulary:kind`, `ResponsibilityMatrix:id`, `Catalog:`: what a document is, whatever file holds it. */
function identity(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (o.kind === 'Vocabulary') return typeof o.vocabulary === 'string' ? `Vocabulary:${o.vocabulary}` : undefined;
  if (o.kind === 'Catalog') return 'Catalog:';
  return typeof o.kind === 'string' && typeof o.id === 'string' ? `${o.kind}:${o.id}` : undefined;
}

/**
 * The new value of a document already written, with every part that means the same as the file (`sameMeaning`: a text
 * given in both languages alike, an empty list, surrounding spaces) as the file has it, so only real changes are
 * edited; the written document itself when nothing changes. A role that extends another keeps the file's form only
 * where it still merges onto its parent to the imported role.
 */
function keepWritten(
  doc: ImportedDocument,
  written: unknown,
  value: Record<string, unknown>,
  parent: Role | undefined,
): Record<string, unknown> {
  const parsed = DOCUMENT_SCHEMAS[doc.kind].safeParse(written);
  if (!parsed.success) return value;
  const kept = preserveWritten(written, parsed.data, value) as Record<string, unknown>;
  if (kept === value || doc.kind !== 'Role' || doc.value.extends === undefined) return kept;
  if (parent === undefined) return value;
  return sameMeaning(mergeRole(parent, kept as unknown as RoleDocument), doc.value) ? kept : value;
}

/** A vocabulary written over several documents: each keeps its own entries (updated); new entries join the first. */
function splitVocabulary(
  doc: ImportedDocument,
  at: readonly { file: string; src: SourceDocument }[],
  add: (file: string, value: Record<string, unknown>) => void,
): void {
  const entries = (doc.value.entries as { id: string }[]) ?? [];
  const owner = new Map<string, number>();
  at.forEach((t, i) => {
    for (const e of ((t.src.value as { entries?: unknown[] }).entries ?? []) as { id?: unknown }[])
      if (typeof e?.id === 'string' && !owner.has(e.id)) owner.set(e.id, i);
  });
  at.forEach((t, i) => {
    const mine = entries.filter((e) => (owner.get(e.id) ?? 0) === i);
    add(t.file, { ...doc.value, entries: mine });
  });
}

/** The schema header's path from `file` to `rolematrix.schema.json` at the top of the catalog directory. */
function schemaPath(file: string): string {
  const depth = file.split('/').length - 1;
  return depth === 0 ? './rolematrix.schema.json' : `${'../'.repeat(depth)}rolematrix.schema.json`;
}
