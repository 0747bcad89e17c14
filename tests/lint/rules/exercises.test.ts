// The exercise rules: exercises/<id>.yaml judged against the runbooks of its
// library, and improvements.yaml against its contacts, runbooks and exercises.
import { drill, testRule, yaml } from '../rule-tester.js';

const RUNBOOK = drill('- id: go\n  do: Go.\n- do: Tell the Director.\n');

/** A valid exercise of the drill runbook; its injects begin on line 15. */
const EXERCISE = yaml`
  id: tabletop
  title: Tabletop
  date: 2026-11-01
  runbooks: [drill]
  scenario: A scenario.
  participants:
    - role: facilitator
      name: Facilitator
    - role: evaluator
      name: Evaluator
  objectives:
    - id: goal
      text: Do it.
      policy: ITEC 5300 6.7
  injects:
    - id: first
      at: "09:00"
      text: It happens.
      steps: [go]
      expected: Go.
      objectives: [goal]
`;
const FILE = 'exercises/tabletop.yaml';
const library = (exercise: string, extra: Record<string, string> = {}) => ({
  'drill.yaml': RUNBOOK,
  [FILE]: exercise,
  ...extra,
});
const withInject = (inject: string) => `${EXERCISE}${inject.replace(/^(?=.)/gm, '  ')}`;

testRule('exercise-id-mismatch', {
  valid: [{ name: 'id equals the file name', files: library(EXERCISE) }],
  invalid: [
    {
      name: 'a typo in the id',
      files: library(EXERCISE.replace('id: tabletop', 'id: tablet')),
      errors: [
        {
          file: FILE,
          line: 1,
          col: 5,
          message:
            'exercise id "tablet" differs from its file name tabletop.yaml; rename the file to tablet.yaml or write id: tabletop',
        },
      ],
    },
  ],
});

testRule('duplicate-exercise-item', {
  valid: [{ name: 'every id once', files: library(EXERCISE) }],
  invalid: [
    {
      name: 'two injects with one id',
      files: library(withInject('- id: first\n  at: "09:10"\n  text: Again.\n  expected: Go.\n  objectives: [goal]\n')),
      errors: [
        {
          file: FILE,
          line: 22,
          col: 9,
          message: 'inject id "first" is used twice (injects[1] and injects[2]); give each inject its own id',
        },
      ],
    },
  ],
});

testRule('exercise-unknown-runbook', {
  valid: [
    { name: 'a runbook of the library', files: library(EXERCISE) },
    {
      name: 'a runbook that failed to load is not called unknown (its own error says why)',
      files: library(EXERCISE.replace('[drill]', '[drill, broken]').replace('steps:', 'runbook: drill\n    steps:'), {
        'broken.yaml': 'id: [\n',
      }),
    },
  ],
  invalid: [
    {
      name: 'a runbook the library does not have',
      files: library(EXERCISE.replace('[drill]', '[dril]')),
      errors: [
        {
          file: FILE,
          line: 4,
          col: 12,
          message: 'unknown runbook "dril"; did you mean "drill"?',
        },
      ],
    },
    {
      name: 'an inject that names a runbook the exercise does not exercise',
      files: library(
        withInject(
          '- id: second\n  at: "09:10"\n  runbook: fire\n  text: Fire.\n  expected: Go.\n  objectives: [goal]\n',
        ),
      ),
      errors: [
        {
          file: FILE,
          line: 24,
          col: 14,
          message:
            'inject "second" expects runbook "fire", which the exercise does not exercise (runbooks: drill); add it to runbooks or name one of them',
        },
      ],
    },
  ],
});

testRule('exercise-unknown-step', {
  valid: [
    { name: 'a step id of the runbook', files: library(EXERCISE) },
    { name: 'step-N for a step without an id', files: library(EXERCISE.replace('[go]', '[step-2]')) },
  ],
  invalid: [
    {
      name: 'a step the runbook does not have',
      files: library(EXERCISE.replace('[go]', '[go, step-3]')),
      errors: [
        {
          file: FILE,
          line: 19,
          col: 17,
          message: 'inject "first" expects step "step-3", which runbook drill does not have; did you mean "step-2"?',
        },
      ],
    },
  ],
});

testRule('exercise-unknown-objective', {
  valid: [{ name: 'an objective of the exercise', files: library(EXERCISE) }],
  invalid: [
    {
      name: 'an objective it does not define',
      files: library(EXERCISE.replace('objectives: [goal]', 'objectives: [gaol]')),
      errors: [
        {
          file: FILE,
          line: 21,
          col: 18,
          message: 'inject "first" names objective "gaol", which the exercise does not define; did you mean "goal"?',
        },
      ],
    },
  ],
});

testRule('exercise-unknown-contact', {
  valid: [
    {
      name: 'a participant who is a contact',
      files: library(EXERCISE.replace('name: Evaluator', 'name: Evaluator\n    contact: executive-director')),
    },
  ],
  invalid: [
    {
      name: 'a contact not in contacts.yaml',
      files: library(EXERCISE.replace('name: Evaluator', 'name: Evaluator\n    contact: nobody')),
      errors: [{ file: FILE, line: 11, col: 14, message: 'unknown contact "nobody"' }],
    },
  ],
});

testRule('inject-out-of-order', {
  valid: [
    {
      name: 'later, or at the same time',
      files: library(withInject('- id: second\n  at: "09:00"\n  text: Then.\n  expected: Go.\n  objectives: [goal]\n')),
    },
  ],
  invalid: [
    {
      name: 'earlier than the inject above it',
      files: library(withInject('- id: second\n  at: "08:59"\n  text: Then.\n  expected: Go.\n  objectives: [goal]\n')),
      errors: [
        {
          file: FILE,
          line: 23,
          col: 9,
          message:
            'inject "second" at 08:59 comes before "first" at 09:00, listed above it; list the injects in time order (the console releases them in the order listed)',
        },
      ],
    },
  ],
});

testRule('objective-not-exercised', {
  valid: [{ name: 'every objective named by an inject', files: library(EXERCISE) }],
  invalid: [
    {
      name: 'an objective no inject names',
      files: library(
        EXERCISE.replace('injects:', '  - id: spare\n    text: Spare.\n    policy: ITEC 5300 6.7\ninjects:'),
      ),
      errors: [
        {
          file: FILE,
          line: 15,
          col: 9,
          message:
            'objective "spare" is exercised by no inject; name it under an inject\'s objectives, or leave it out',
        },
      ],
    },
  ],
});

testRule('exercise-role-missing', {
  valid: [{ name: 'a facilitator and an evaluator', files: library(EXERCISE) }],
  invalid: [
    {
      name: 'no evaluator',
      files: library(EXERCISE.replace('role: evaluator', 'role: player')),
      errors: [
        {
          file: FILE,
          line: 6,
          col: 1,
          message:
            'the exercise has no evaluator: someone who does not play rates what the players did; add a participant with role: evaluator',
        },
      ],
    },
  ],
});

const IMPROVEMENT = yaml`
  improvements:
    - id: fix-it
      exercise: tabletop
      action: Fix it.
      owner: executive-director
      due: 2027-01-31
      runbook: drill
`;

testRule('duplicate-improvement-id', {
  valid: [{ name: 'one id each', files: library(EXERCISE, { 'improvements.yaml': IMPROVEMENT }) }],
  invalid: [
    {
      name: 'the same id twice',
      files: library(EXERCISE, {
        'improvements.yaml': `${IMPROVEMENT}  - id: fix-it\n    action: Again.\n    owner: executive-director\n    due: 2027-01-31\n    runbook: drill\n`,
      }),
      errors: [
        {
          file: 'improvements.yaml',
          line: 8,
          col: 9,
          message:
            'corrective action id "fix-it" is used twice (improvements[1] and improvements[2]); give each its own id',
        },
      ],
    },
  ],
});

testRule('improvement-unknown-reference', {
  valid: [
    { name: 'a known owner, runbook and exercise', files: library(EXERCISE, { 'improvements.yaml': IMPROVEMENT }) },
  ],
  invalid: [
    {
      name: 'each of them unknown',
      files: library(EXERCISE, {
        'improvements.yaml': IMPROVEMENT.replace('tabletop', 'table')
          .replace('executive-director', 'director')
          .replace('runbook: drill', 'runbook: fire'),
      }),
      errors: [
        {
          file: 'improvements.yaml',
          line: 3,
          col: 15,
          message: 'corrective action "fix-it": unknown exercise "table"; did you mean "tabletop"?',
        },
        {
          file: 'improvements.yaml',
          line: 5,
          col: 12,
          message: 'corrective action "fix-it": unknown contact "director"; did you mean "executive-director"?',
        },
        { file: 'improvements.yaml', line: 7, col: 14, message: 'corrective action "fix-it": unknown runbook "fire"' },
      ],
    },
  ],
});

testRule('improvement-overdue', {
  valid: [
    { name: 'due later', files: library(EXERCISE, { 'improvements.yaml': IMPROVEMENT }) },
    { name: 'due today', files: library(EXERCISE, { 'improvements.yaml': IMPROVEMENT }), today: '2027-01-31' },
    {
      name: 'closed, however late',
      files: library(EXERCISE, {
        'improvements.yaml': `${IMPROVEMENT}    closed:\n      on: 2027-03-01\n      change: commit 3f2a1c0\n`,
      }),
      today: '2027-06-01',
    },
  ],
  invalid: [
    {
      name: 'open after its due day',
      files: library(EXERCISE, { 'improvements.yaml': IMPROVEMENT }),
      today: '2027-02-01',
      errors: [
        {
          file: 'improvements.yaml',
          line: 6,
          col: 10,
          message:
            'corrective action "fix-it" was due 2027-01-31 and is still open; do it and add closed: with the day and the change that did it, or agree a new due date',
        },
      ],
    },
  ],
});
