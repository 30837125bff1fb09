// The shipped catalog as data: `import { catalog } from 'rolematrix/catalog'` works with no file system. The RACI
// matrices' lines are read with the YAML parser when a check first asks for them.
import { parseSources } from '../load/parse.js';
import { readMatrixLinesWith } from './shipped-data.js';

readMatrixLinesWith(parseSources);

export { catalog, catalogDiagnostics, catalogSources, shippedVocabularies } from './shipped-data.js';
