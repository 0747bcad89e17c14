import { drill, testRule, yaml } from '../rule-tester.js';

testRule('runbook-id-mismatch', {
  valid: [{ name: 'id equals the file name', files: { 'drill.yaml': drill('- do: Go.\n') } }],
  invalid: [
    {
      name: 'a typo in the id',
      files: { 'drill.yaml': drill('- do: Go.\n').replace('id: drill', 'id: dril') },
      errors: [
        {
          line: 1,
          col: 5,
          message:
            'runbook id "dril" differs from its file name drill.yaml; the file name is the id people type, so rename the file to dril.yaml or write id: drill',
        },
      ],
    },
    {
      name: 'a file name that is not an id',
      files: { 'Drill Copy.yaml': drill('- do: Go.\n') },
      errors: [
        {
          line: 1,
          col: 5,
          message:
            'runbook id "drill" differs from its file name Drill Copy.yaml; the file name is the id people type, so rename the file to drill.yaml',
        },
      ],
    },
  ],
});

testRule('unknown-contact', {
  valid: [
    {
      name: 'known contacts everywhere',
      files: {
        'drill.yaml': drill(yaml`
      - do: Call the desk.
        contacts: [choose-networks, executive-director]
    `),
      },
    },
    {
      name: 'not judged when contacts.yaml is unreadable (its own error says why)',
      files: { 'contacts.yaml': 'contacts: [\n', 'drill.yaml': drill('- do: Go.\n  contacts: [nobody]\n') },
    },
    {
      name: 'a contact that failed to load is not called unknown',
      files: {
        'contacts.yaml': yaml`
          contacts:
            - id: executive-director
              name: Executive Director
              reach: In person
              favourite: tea
        `,
        'drill.yaml': drill('- do: Go.\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'owner, notify and step contacts, with suggestions',
      files: {
        'drill.yaml': yaml`
          id: drill
          title: Drill
          owner: executive-directr
          reviewed: 2026-06-01
          notify: [executive-director, chose-networks]
          steps:
            - do: Call the desk.
              contacts: [choose-networks, helpdesk]
        `,
      },
      errors: [
        { line: 3, col: 8, message: 'unknown contact "executive-directr"; did you mean "executive-director"?' },
        { line: 5, col: 30, message: 'unknown contact "chose-networks"; did you mean "choose-networks"?' },
        { line: 8, col: 33, message: 'unknown contact "helpdesk"' },
      ],
    },
    {
      name: 'an alternate',
      files: {
        'contacts.yaml': yaml`
          contacts:
            - id: director
              name: Director
              reach: In person
              alternates: [deputy-directr]
            - id: deputy-director
              name: Deputy Director
              reach: In person
        `,
      },
      errors: [{ line: 5, col: 18, message: 'unknown contact "deputy-directr"; did you mean "deputy-director"?' }],
    },
  ],
});

testRule('unknown-system', {
  valid: [
    {
      name: 'a known system',
      files: { 'drill.yaml': drill('- do: Go.\n').replace('steps:', 'systems: [servers]\nsteps:') },
    },
    {
      name: 'no systems listed and no systems.yaml',
      files: { 'systems.yaml': null, 'drill.yaml': drill('- do: Go.\n') },
    },
  ],
  invalid: [
    {
      name: 'a misspelt system',
      files: { 'drill.yaml': drill('- do: Go.\n').replace('steps:', 'systems: [server]\nsteps:') },
      errors: [{ line: 6, col: 11, message: 'unknown system "server"; did you mean "servers"?' }],
    },
    {
      name: 'a system with no systems.yaml at all',
      files: {
        'systems.yaml': null,
        'drill.yaml': drill('- do: Go.\n').replace('steps:', 'systems: [servers]\nsteps:'),
      },
      errors: [{ line: 6, col: 11, message: 'unknown system "servers": the library has no systems.yaml to define it' }],
    },
  ],
});

testRule('unknown-step', {
  valid: [
    {
      name: 'next, choices and outcomes that name steps or end',
      files: {
        'drill.yaml': drill(yaml`
      - id: ping
        run: ping -c 1 server
        timeout: 10s
        on_success: done
        on_failure: call
      - id: call
        do: Call the desk.
        next: done
      - id: done
        ask: Is it back?
        choices:
          - answer: "Yes"
            next: end
          - answer: "No"
            next: call
    `),
      },
    },
    {
      name: 'a notify_after that names a step',
      files: {
        'drill.yaml': drill('- id: evacuate\n  do: Leave the building.\n').replace(
          'steps:',
          'notify_after: evacuate\nsteps:',
        ),
      },
    },
    {
      name: 'an unnamed step by its place (step-2)',
      files: {
        'drill.yaml': drill(yaml`
      - do: Start.
        next: step-3
      - do: Skipped.
      - do: Finish.
    `),
      },
    },
  ],
  invalid: [
    {
      name: 'every field that names a step',
      files: {
        'drill.yaml': drill(yaml`
        - id: ping
          run: ping -c 1 server
          timeout: 10s
          on_success: don
          on_failure: cal
        - id: call
          do: Call the desk.
          next: End
        - id: done
          ask: Is it back?
          choices:
            - answer: "Yes"
              next: finish
            - answer: "No"
              next: call
      `),
      },
      errors: [
        { line: 10, col: 17, message: 'unknown step "don": no step of this runbook has that id; did you mean "done"?' },
        { line: 11, col: 17, message: 'unknown step "cal": no step of this runbook has that id; did you mean "call"?' },
        { line: 14, col: 11, message: 'unknown step "End": no step of this runbook has that id; did you mean "end"?' },
        { line: 19, col: 15, message: 'unknown step "finish": no step of this runbook has that id' },
      ],
    },
    {
      name: 'a notify_after that names no step',
      files: {
        'drill.yaml': drill('- id: evacuate\n  do: Leave the building.\n').replace(
          'steps:',
          'notify_after: evacuat\nsteps:',
        ),
      },
      errors: [
        {
          line: 6,
          col: 15,
          message:
            'notify_after names "evacuat", which is no step of this runbook, so the people of notify would be told before step 1; did you mean "evacuate"?',
        },
      ],
    },
  ],
});
