// Every command of the CLI, in the order help lists them.

import type { CommandDef } from '../define.js';
import checkJd from './check-jd.js';
import classify from './classify.js';
import compare from './compare.js';
import completion from './completion.js';
import diff from './diff.js';
import exportDef from './export.js';
import importDef from './import.js';
import init from './init.js';
import jd from './jd.js';
import lint from './lint.js';
import list from './list.js';
import matrix from './matrix.js';
import overlaps from './overlaps.js';
import query from './query.js';
import raci from './raci.js';
import report from './report.js';
import schema from './schema.js';
import show from './show.js';
import validate from './validate.js';

// Each definition keeps its own option types for its `run`; the registry sees them all as plain definitions.
export const COMMANDS: readonly CommandDef[] = [
  init,
  validate,
  list,
  show,
  schema,
  compare,
  matrix,
  overlaps,
  diff,
  query,
  raci,
  lint,
  checkJd,
  jd,
  exportDef,
  importDef,
  classify,
  report,
  completion,
] as readonly CommandDef[];

export function findCommand(name: string): CommandDef | undefined {
  return COMMANDS.find((c) => c.name === name);
}
