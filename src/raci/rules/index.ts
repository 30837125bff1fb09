import type { RaciCode } from '../context.js';
import { accountability } from './accountability.js';
import { authorityAndDuty } from './authority-and-duty.js';
import { gapsAndOmissions } from './gaps-and-omissions.js';
import { overlaps } from './overlaps.js';
import { overload } from './overload.js';
import { unknownReferences } from './unknown-references.js';

/** The matrix rules, in the order they run: one file each under src/raci/rules/. */
export const MATRIX_RULES = [
  unknownReferences,
  accountability,
  authorityAndDuty,
  overload,
  gapsAndOmissions,
  overlaps,
] as const;

// Every RACI code belongs to a rule: a code added to DIAGNOSTIC_CODES without one does not compile.
type Unreported = Exclude<RaciCode, (typeof MATRIX_RULES)[number]['codes'][number]>;
const everyCodeReported: [Unreported] extends [never] ? true : Unreported = true;
void everyCodeReported;
