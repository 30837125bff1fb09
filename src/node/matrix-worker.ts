// A worker thread of similarityMatrixParallel: scores its rows of the upper triangle on the packed roles it is sent
// (the kernel alone: no catalog to rebuild) and sends them back.
import { parentPort, workerData } from 'node:worker_threads';
import { matrixRows } from '../compare/kernel.js';
import type { MatrixJob } from './matrix.js';

const job = workerData as MatrixJob;
const out = matrixRows(job.packed, job.roles, job.rows, job.threshold);
parentPort!.postMessage(
  out,
  out.map((r) => r.row.buffer as ArrayBuffer),
);
