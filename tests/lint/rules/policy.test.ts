import { drill, testRule, yaml } from '../rule-tester.js';

/** The drill runbook reviewed on `date` every `months` months (line 4 holds reviewed, its value at column 11). */
function reviewed(date: string, months?: number): Record<string, string> {
  const text = drill('- do: Go.\n').replace('reviewed: 2026-06-01', `reviewed: ${date}`);
  return {
    'drill.yaml': months === undefined ? text : text.replace('steps:', `review_every_months: ${months}\nsteps:`),
  };
}

testRule('review-overdue', {
  valid: [
    { name: 'reviewed this year', files: reviewed('2026-01-10') },
    { name: 'due today is not yet overdue', files: reviewed('2025-11-23') },
    { name: 'a longer cycle', files: reviewed('2025-01-10', 24) },
    { name: '--today decides', files: reviewed('2016-06-12'), today: '2017-06-12' },
  ],
  invalid: [
    {
      name: 'the shipped plan: reviewed 2016, every 12 months',
      files: reviewed('2016-06-12', 12),
      errors: [
        {
          line: 4,
          col: 11,
          message: 'review overdue: last reviewed 2016-06-12, due again 2017-06-12 (every 12 months)',
        },
      ],
    },
    {
      name: 'twelve months by default, a day late',
      files: reviewed('2025-11-22'),
      errors: [
        {
          line: 4,
          col: 11,
          message: 'review overdue: last reviewed 2025-11-22, due again 2026-11-22 (every 12 months)',
        },
      ],
    },
    {
      name: 'a shorter cycle',
      files: reviewed('2026-03-01', 6),
      errors: [
        {
          line: 4,
          col: 11,
          message: 'review overdue: last reviewed 2026-03-01, due again 2026-09-01 (every 6 months)',
        },
      ],
    },
    {
      name: 'never reviewed, reported at the runbook',
      files: { 'drill.yaml': drill('- do: Go.\n').replace('reviewed: 2026-06-01\n', '') },
      errors: [
        {
          line: 1,
          col: 1,
          message: 'runbook "drill" has never been reviewed; review it and record the day, like reviewed: 2026-11-23',
        },
      ],
    },
  ],
});

testRule('reviewed-in-future', {
  valid: [{ name: 'reviewed today', files: reviewed('2026-11-23') }],
  invalid: [
    {
      name: 'a typo in the year',
      files: reviewed('2062-11-01'),
      errors: [
        {
          line: 4,
          col: 11,
          message: 'reviewed 2062-11-01 is in the future (today is 2026-11-23); write the day of the last review',
        },
      ],
    },
  ],
});

testRule('contact-verified-stale', {
  valid: [
    {
      name: 'verified this summer',
      files: { 'contacts.yaml': 'contacts:\n  - id: a\n    name: A\n    reach: In person\n    verified: 2026-06-01\n' },
    },
    { name: 'never verified is not stale', files: {} },
  ],
  invalid: [
    {
      name: 'verified over six months ago',
      files: { 'contacts.yaml': 'contacts:\n  - id: a\n    name: A\n    reach: In person\n    verified: 2026-05-22\n' },
      errors: [
        {
          line: 5,
          col: 15,
          message:
            'contact "a" was last verified 2026-05-22, over 6 months ago; check their details and update verified:',
        },
      ],
    },
  ],
});

testRule('system-rto-rpo-missing', {
  valid: [{ name: 'both objectives', files: {} }],
  invalid: [
    {
      name: 'none, or one of the two',
      files: {
        'systems.yaml': yaml`
        systems:
          - id: mail
            name: Mail
          - id: files
            name: Files
            rto: 4h
          - id: phones
            name: Phones
            rpo: 0m
      `,
      },
      errors: [
        {
          file: 'systems.yaml',
          line: 2,
          col: 5,
          message:
            'system "mail" has no RTO or RPO; ITEC 5300 asks how long it may be down (rto: 8h) and how much data may be lost (rpo: 24h)',
        },
        {
          file: 'systems.yaml',
          line: 4,
          col: 5,
          message:
            'system "files" has no RPO; ITEC 5300 asks how long it may be down (rto: 8h) and how much data may be lost (rpo: 24h)',
        },
        {
          file: 'systems.yaml',
          line: 7,
          col: 5,
          message:
            'system "phones" has no RTO; ITEC 5300 asks how long it may be down (rto: 8h) and how much data may be lost (rpo: 24h)',
        },
      ],
    },
  ],
});

const COVERS_SERVERS = drill('- do: Go.\n').replace('steps:', 'systems: [servers]\nsteps:');

testRule('system-not-covered', {
  valid: [
    { name: 'a runbook lists it', files: { 'drill.yaml': COVERS_SERVERS } },
    {
      name: 'a runbook with a problem elsewhere still lists it',
      files: { 'drill.yaml': COVERS_SERVERS.replace('title: Drill', 'title: Drill\ntitel: Drill') },
    },
    { name: 'not judged when one file is linted', files: { 'drill.yaml': drill('- do: Go.\n') }, only: ['drill.yaml'] },
  ],
  invalid: [
    {
      name: 'a runbook of which nothing can be read covers nothing',
      files: { 'drill.yaml': COVERS_SERVERS.replace('title: Drill', 'title: "Drill') },
      errors: [
        {
          file: 'systems.yaml',
          line: 2,
          col: 5,
          message: 'no runbook covers system "servers"; list it under systems: of the runbook that restores it',
        },
      ],
    },
    {
      name: 'no runbook lists it',
      files: { 'drill.yaml': drill('- do: Go.\n') },
      errors: [
        {
          file: 'systems.yaml',
          line: 2,
          col: 5,
          message: 'no runbook covers system "servers"; list it under systems: of the runbook that restores it',
        },
      ],
    },
  ],
});

/** systems.yaml with one system "mail" whose rto (line 4, value at column 10) and mtd are given. */
const objectives = (rto: string, mtd: string) => ({
  'systems.yaml': yaml`
    systems:
      - id: mail
        name: Mail
        rto: ${rto}
        mtd: ${mtd}
        rpo: 1h
  `,
});

testRule('rto-exceeds-mtd', {
  valid: [
    { name: 'an RTO within the MTD', files: objectives('8h', '2d') },
    { name: 'an RTO equal to the MTD, in other units', files: objectives('24h', '1d') },
  ],
  invalid: [
    {
      name: 'recovery longer than the office can bear',
      files: objectives('3d', '1d'),
      errors: [
        {
          file: 'systems.yaml',
          line: 4,
          col: 10,
          message:
            'system "mail" has an RTO of 3d, longer than its MTD of 1d: the office can do without it for at most 1d, so recovery must take no longer; give an RTO of 1d or less, or a longer MTD',
        },
      ],
    },
  ],
});

/** A drill runbook that recovers the base library's servers (RTO 4h), and its incidents on record. */
const RECOVERS_SERVERS = { 'drill.yaml': drill('- do: Go.\n').replace('steps:', 'systems: [servers]\nsteps:') };
const took = (hours: number, incident = '20261101-090000-drill-a2b3', drill = false) => ({
  incident,
  runbook: 'drill',
  drill,
  startedAt: '2026-11-01T09:00:00Z',
  durationMs: hours * 3_600_000,
});

testRule('recovery-exceeded-rto', {
  valid: [
    { name: 'no journals', files: RECOVERS_SERVERS },
    { name: 'recovered within the RTO', files: RECOVERS_SERVERS, records: [took(3.5)] },
    {
      name: 'an incident of a runbook that does not recover the system',
      files: { 'drill.yaml': drill('- do: Go.\n') },
      records: [took(9)],
    },
  ],
  invalid: [
    {
      name: 'an incident that took longer than the RTO',
      files: RECOVERS_SERVERS,
      records: [took(5)],
      errors: [
        {
          file: 'systems.yaml',
          line: 4,
          col: 10,
          message:
            'system "servers" has an RTO of 4h, but incident 20261101-090000-drill-a2b3 (drill, 2026-11-01) took 5h 00m; recover faster, or make the analysis again (coop bia servers)',
        },
      ],
    },
    {
      name: 'several, reported once with the longest',
      files: RECOVERS_SERVERS,
      records: [took(5), took(7, '20261102-090000-drill-k3f9', true), took(1)],
      errors: [
        {
          file: 'systems.yaml',
          line: 4,
          col: 10,
          message:
            'system "servers" has an RTO of 4h, but 2 incidents or drills on record took longer, the longest drill 20261102-090000-drill-k3f9 (drill, 2026-11-01) took 7h 00m; recover faster, or make the analysis again (coop bia servers)',
        },
      ],
    },
  ],
});
