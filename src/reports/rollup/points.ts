// The ITEC 5300 points the statewide view judges each agency on: the words
// of the policy's section 6 that a library can show, and what in the
// library shows each. The summary counts the agencies that meet each.

export const ROLLUP_POINTS = {
  'itec-5300-6.2': {
    point: 'ITEC 5300 6.2',
    title: 'A plan to recover',
    test: 'the library reads without lint errors and holds at least one runbook',
  },
  'itec-5300-6.4': {
    point: 'ITEC 5300 6.4',
    title: 'The plan is maintained',
    test: 'no runbook review overdue and every contact verified in the last 12 months',
  },
  'itec-5300-6.5': {
    point: 'ITEC 5300 6.5',
    title: 'Recovery objectives',
    test: 'every system has a recovery time (RTO) and a recovery point (RPO)',
  },
  'itec-5300-6.6': {
    point: 'ITEC 5300 6.6',
    title: 'A person responsible',
    test: 'every runbook names an owner who is in contacts.yaml',
  },
  'itec-5300-6.7': {
    point: 'ITEC 5300 6.7',
    title: 'The plan is exercised',
    test: 'an exercise in the last 12 months and no corrective action overdue',
  },
} as const;

export type PointId = keyof typeof ROLLUP_POINTS;
export const POINT_IDS = Object.keys(ROLLUP_POINTS) as PointId[];

/** met, not met, or not recorded: the library (or the journals given) holds nothing to judge by. */
export type PointStatus = 'met' | 'not-met' | 'not-recorded';
