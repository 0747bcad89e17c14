// A review record as `coop review` writes one, for the tests of reading them.
import type { ReviewRecord } from '../../src/journal/review-record.js';

export const REVIEW_RECORD: ReviewRecord = {
  v: 1,
  type: 'review',
  id: '20261123-091503-power-loss-k3f9',
  runbook: 'power-loss',
  runbookFile: 'runbooks/power-loss.yaml',
  person: 'Pat Lee',
  ts: '2026-11-23T09:15:03.000Z',
  day: '2026-11-23',
  runbookHash: 'sha256:00',
  coopVersion: '0.1.0',
  items: [],
};
