// npm run bench: every figure is a ratio to a baseline measured in the same run, on the same input.
// `npm run bench -- load`, `-- compare`, `-- jd`, `-- accuracy`, `-- cli`, `-- onet` or `-- scale [shape or command]` (add `--verbose` for every miss) runs one part.
import { benchAccuracy } from './accuracy.js';
import { benchCli } from './cli.js';
import { benchCompare } from './compare.js';
import { benchJd } from './jd.js';
import { benchLoad } from './load.js';
import { benchOnet } from './onet.js';
import { benchScale } from './scale.js';

const only = process.argv[2];
const results: boolean[] = [];
if (only === undefined || only === 'load') results.push(benchLoad());
if (only === undefined || only === 'compare') results.push(await benchCompare());
if (only === undefined || only === 'jd') results.push(benchJd());
if (only === undefined || only === 'accuracy') results.push(benchAccuracy());
if (only === undefined || only === 'cli') results.push(benchCli());
if (only === undefined || only === 'onet') results.push(benchOnet());
// The scale bench takes minutes: only on request (`npm run bench -- scale [roles|distinct|duties|text|<command>]`).
if (only === 'scale') results.push(benchScale(process.argv[3]));
if (results.some((ok) => !ok)) process.exitCode = 1;
