// Occupational classifications as one entry of the public API (the package keeps its top-level names few): the readers
// of the O*NET database and of a CSCO table, and what they read.
export { ONET_FILES, isOnetCode, readOnetDatabase } from './onet.js';
export type { OnetDatabase, OnetFileKey, OnetOccupation, OnetRating, ReadOnetOptions } from './onet.js';
export { CSCO_COLUMNS, isCscoCode, readCscoTable, taskItems, titleList } from './csco.js';
export type { CscoOccupation } from './csco.js';
export { ISCO_COLUMNS, isIscoCode, readIscoTable } from './isco.js';
export type { IscoOccupation } from './isco.js';
