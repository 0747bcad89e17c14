// A worker thread of a parallel lint (src/lint/run/parallel.ts): lints its share.
import { parentPort, workerData } from 'node:worker_threads';
import { lintShare, type ShareInput } from './share.js';

parentPort?.postMessage(lintShare(workerData as ShareInput));
