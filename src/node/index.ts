// The `rolematrix/node` entry point: the library, plus what needs the file system or worker threads.
export * from '../index.js';
export { loadCatalog, loadFiles } from './load.js';
export { similarityMatrixParallel, useThreadsForMatrices } from './matrix.js';
export { useThreadsForReading } from './read.js';
