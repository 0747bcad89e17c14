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
