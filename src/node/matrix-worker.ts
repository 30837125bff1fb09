// A worker thread of similarityMatrixParallel: computes its rows of the upper triangle and sends them back.
import { parentPort, workerData } from 'node:worker_threads';
import { similarity } from '../compare/compare.js';
import { catalogFromJob, type MatrixJob } from './matrix.js';

const job = workerData as MatrixJob;
const catalog = catalogFromJob(job);
const roles = job.ids.map((id) => catalog.find(id)!);
const out: { i: number; row: Float64Array }[] = [];
for (const i of job.rows) {
  const row = new Float64Array(roles.length - i - 1);
  for (let j = i + 1; j < roles.length; j++) row[j - i - 1] = similarity(roles[i]!, roles[j]!, catalog, job.options);
  out.push({ i, row });
}
parentPort!.postMessage(
  out,
  out.map((r) => r.row.buffer as ArrayBuffer),
);
