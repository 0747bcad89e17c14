// A worker thread of a large rollup (rows.ts): makes the rows of its share of the agencies.
import { parentPort, workerData } from 'node:worker_threads';
import { agencyRow } from './row.js';
import type { RowsShare } from './rows.js';

const { sources, options } = workerData as RowsShare;
parentPort?.postMessage(sources.map((source) => agencyRow(source, options)));
