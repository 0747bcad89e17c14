import { drill, testRule, yaml } from '../rule-tester.js';

/** The shipped servers-offline shape: ask, and keep updating until it is back. */
const UPDATE_LOOP = yaml`
  - id: notify
    do: Tell the director.
  - id: back
    ask: Are the servers back?
    choices:
      - answer: "Yes"
        next: end
      - answer: "No"
        next: update
  - id: update
    do: Update the director.
    next: back
`;

testRule('unreachable-step', {
  valid: [
    { name: 'a loop with a way out', files: { 'drill.yaml': drill(UPDATE_LOOP) } },
    {
      name: 'a step reached only by a check failing',
      files: {
        'drill.yaml': drill(yaml`
      - run: ping -c 1 server
        timeout: 10s
        on_success: end
        on_failure: call
      - id: call
        do: Call the desk.
    `),
      },
    },
  ],
  invalid: [
    {
      name: 'steps after next: end, reported once at the first',
      files: {
        'drill.yaml': drill(yaml`
        - do: Start.
          next: end
        - id: orphan
          do: Never done.
        - do: Nor this.
      `),
      },
      errors: [
        {
          line: 9,
          col: 5,
          message:
            'step "orphan" is never reached (nor is the step after it): no next, answer or check outcome leads to it',
        },
      ],
    },
    {
      name: 'two separate unreachable places',
      files: {
        'drill.yaml': drill(yaml`
        - do: Start.
          next: three
        - do: Skipped.
          next: end
        - id: three
          do: Three.
          next: end
        - do: Skipped too.
      `),
      },
      errors: [
        { line: 9, col: 5, message: 'step 2 is never reached: no next, answer or check outcome leads to it' },
        { line: 14, col: 5, message: 'step 4 is never reached: no next, answer or check outcome leads to it' },
      ],
    },
  ],
});

testRule('no-path-to-end', {
  valid: [
    { name: 'a loop with a way out', files: { 'drill.yaml': drill(UPDATE_LOOP) } },
    { name: 'a typo in next is left to unknown-step', files: { 'drill.yaml': drill('- do: Go.\n  next: nowhere\n') } },
  ],
  invalid: [
    {
      name: 'a loop whose every answer leads back in: from the first step on, nothing ends',
      files: { 'drill.yaml': drill(UPDATE_LOOP.replace('next: end', 'next: update')) },
      errors: [
        {
          line: 7,
          col: 5,
          message:
            'no path from step "notify" reaches the end: the steps from here on loop with no way out; add an answer or a next: that leads on (or to end)',
        },
      ],
    },
    {
      name: 'a trap entered by one answer, reported once where the walk enters it',
      files: {
        'drill.yaml': drill(yaml`
        - id: hurt
          ask: Is anyone hurt?
          choices:
            - answer: "No"
              next: end
            - answer: "Yes"
              next: wait
        - id: wait
          do: Wait for the ambulance.
        - id: still-waiting
          ask: Has it come?
          choices:
            - answer: "Yes"
              next: wait
            - answer: "No"
              next: wait
      `),
      },
      errors: [
        {
          line: 14,
          col: 5,
          message:
            'no path from step "wait" reaches the end: the steps from here on loop with no way out; add an answer or a next: that leads on (or to end)',
        },
      ],
    },
    {
      name: 'a step that leads to itself, from the first step',
      files: { 'drill.yaml': drill('- id: wait\n  do: Wait.\n  next: wait\n') },
      errors: [
        {
          line: 7,
          col: 5,
          message:
            'no path from step "wait" reaches the end: the steps from here on loop with no way out; add an answer or a next: that leads on (or to end)',
        },
      ],
    },
  ],
});

testRule('branch-fallthrough', {
  valid: [
    { name: 'a loop with a way out', files: { 'drill.yaml': drill(UPDATE_LOOP) } },
    {
      name: 'branches that end with next: end',
      files: {
        'drill.yaml': drill(yaml`
      - ask: Is anyone hurt?
        choices:
          - answer: "Yes"
            next: call-911
          - answer: "No"
            next: carry-on
      - id: call-911
        do: Call 911.
        next: end
      - id: carry-on
        do: Carry on.
    `),
      },
    },
    {
      name: 'a branch that says it runs on',
      files: {
        'drill.yaml': drill(yaml`
      - ask: Is anyone hurt?
        choices:
          - answer: "Yes"
            next: call-911
          - answer: "No"
            next: carry-on
      - id: call-911
        do: Call 911.
        next: carry-on
      - id: carry-on
        do: Carry on.
    `),
      },
    },
    {
      name: 'the main line running into a step a later answer loops back to',
      files: {
        'drill.yaml': drill(yaml`
      - do: Tell the director.
      - id: update
        do: Update the director.
      - ask: Is it back?
        choices:
          - answer: "Yes"
            next: end
          - answer: "No"
            next: update
    `),
      },
    },
  ],
  invalid: [
    {
      name: 'the Yes branch runs on into the No branch',
      files: {
        'drill.yaml': drill(yaml`
        - id: hurt
          ask: Is anyone hurt?
          choices:
            - answer: "Yes"
              next: call-911
            - answer: "No"
              next: carry-on
        - id: call-911
          do: Call 911.
        - id: carry-on
          do: Carry on.
      `),
      },
      errors: [
        {
          line: 14,
          col: 5,
          message:
            'step "call-911" ends its branch but runs on into step "carry-on", which starts another branch (the answer "No" of step "hurt"); add next: end if this branch is done, or next: carry-on if running on is meant',
        },
      ],
    },
    {
      name: 'an escalation runs on into the step a check goes to when it succeeds',
      files: {
        'drill.yaml': drill(yaml`
        - id: ping
          run: ping -c 1 server
          timeout: 10s
          on_success: done
          on_failure: call
        - id: call
          do: Call the desk.
        - id: done
          do: Tell staff.
      `),
      },
      errors: [
        {
          line: 12,
          col: 5,
          message:
            'step "call" ends its branch but runs on into step "done", which starts another branch (step "ping" when its command succeeds); add next: end if this branch is done, or next: done if running on is meant',
        },
      ],
    },
  ],
});
