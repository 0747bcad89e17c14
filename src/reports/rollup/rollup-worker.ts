// A worker thread of a large rollup (rows.ts): makes rows of the agencies nobody has taken yet, and gives them back.
import { parentPort, workerData } from 'node:worker_threads';
import { type RowsMade, type RowsWork, takeRows } from './rows.js';

const made: RowsMade = [];
takeRows(workerData as RowsWork, (i, row) => made.push([i, row]));
parentPort?.postMessage(made);
