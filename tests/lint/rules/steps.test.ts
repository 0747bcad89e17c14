import { drill, testRule, yaml } from '../rule-tester.js';

const GOOD_CHECK = yaml`
  - id: ping
    run: ping -c 1 server
    timeout: 10s
    on_failure: call
  - id: call
    do: Call the desk.
`;

testRule('decision-too-few-choices', {
  valid: [
    {
      name: 'two choices',
      files: {
        'drill.yaml': drill(yaml`
    - ask: Is it back?
      choices:
        - answer: "Yes"
        - answer: "No"
  `),
      },
    },
  ],
  invalid: [
    {
      name: 'one choice',
      files: {
        'drill.yaml': drill(yaml`
        - id: back
          ask: Is it back?
          choices:
            - answer: "Yes"
      `),
      },
      errors: [
        {
          line: 10,
          col: 7,
          message:
            'decision step "back" has only 1 choice; a decision needs at least two answers (or make it a do: step)',
        },
      ],
    },
    {
      name: 'no choices (an unnamed step is named by its number)',
      files: {
        'drill.yaml': drill(yaml`
        - do: Start.
        - ask: Is it back?
          choices: []
      `),
      },
      errors: [
        {
          line: 9,
          col: 14,
          message: 'decision step 2 has no choices; a decision needs at least two answers (or make it a do: step)',
        },
      ],
    },
  ],
});

testRule('check-timeout-missing', {
  valid: [{ name: 'a timeout', files: { 'drill.yaml': drill(GOOD_CHECK) } }],
  invalid: [
    {
      name: 'no timeout, reported at the step',
      files: { 'drill.yaml': drill(GOOD_CHECK.replace('  timeout: 10s\n', '')) },
      errors: [
        {
          line: 7,
          col: 5,
          message:
            'check step "ping" has no timeout; a command that hangs would stall the runbook: add one, like timeout: 30s',
        },
      ],
    },
  ],
});

testRule('check-on-failure-missing', {
  valid: [
    { name: 'on_failure to a step', files: { 'drill.yaml': drill(GOOD_CHECK) } },
    {
      name: 'on_failure: end',
      files: { 'drill.yaml': drill(GOOD_CHECK.replace('on_failure: call', 'on_failure: end')) },
    },
  ],
  invalid: [
    {
      name: 'no on_failure, reported at the step',
      files: { 'drill.yaml': drill(GOOD_CHECK.replace('  on_failure: call\n', '')) },
      errors: [
        {
          line: 7,
          col: 5,
          message:
            'check step "ping" has no on_failure; when the command fails the runbook would carry on as if it had worked: say where to go (a step id, or end)',
        },
      ],
    },
  ],
});
