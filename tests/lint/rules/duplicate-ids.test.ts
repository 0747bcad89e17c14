import { drill, testRule, yaml } from '../rule-tester.js';

testRule('duplicate-step-id', {
  valid: [
    {
      name: 'distinct ids',
      files: {
        'drill.yaml': drill(yaml`
      - id: check
        do: Check.
      - id: check-again
        do: Check again.
    `),
      },
    },
    {
      name: 'steps without ids',
      files: {
        'drill.yaml': drill(yaml`
      - do: Check.
      - do: Check again.
    `),
      },
    },
  ],
  invalid: [
    {
      name: 'a repeated id, at the repeat',
      files: {
        'drill.yaml': drill(yaml`
        - id: check
          do: Check.
        - id: check
          do: Check again.
      `),
      },
      errors: [
        {
          line: 9,
          col: 9,
          message:
            'step id "check" is already used by step 1; a next: naming it always goes to the first, so give this step its own id',
        },
      ],
    },
    {
      name: 'a step without an id, whose step-N an earlier step has as its id, at the step',
      files: {
        'drill.yaml': drill(yaml`
        - id: step-2
          do: Start.
        - do: Finish.
      `),
      },
      errors: [
        {
          line: 9,
          col: 5,
          message:
            'step 2 has no id, so it goes by "step-2", which step 1 has as its id; a next: naming it always goes to step 1, so give one of them another id',
        },
      ],
    },
    {
      name: 'an id that a step without one before it goes by',
      files: {
        'drill.yaml': drill(yaml`
        - do: Start.
        - id: step-1
          do: Finish.
      `),
      },
      errors: [
        {
          line: 8,
          col: 9,
          message:
            'step id "step-1" is already used by step 1 (which has no id, so it goes by "step-1"); a next: naming it always goes to the first, so give this step its own id',
        },
      ],
    },
    {
      name: 'a step called end',
      files: {
        'drill.yaml': drill(yaml`
        - do: Start.
        - id: end
          do: Finish.
      `),
      },
      errors: [
        {
          line: 8,
          col: 9,
          message:
            'step id "end" is reserved: next: end finishes the runbook, so no next: can lead to this step; give it another id',
        },
      ],
    },
  ],
});

testRule('duplicate-contact-id', {
  valid: [{ name: 'the base contacts', files: {} }],
  invalid: [
    {
      name: 'a contact listed twice',
      files: {
        'contacts.yaml': yaml`
        contacts:
          - id: director
            name: Director
            reach: In person
          - id: director
            name: Deputy
            reach: In person
      `,
      },
      errors: [
        {
          line: 5,
          col: 9,
          message: 'contact id "director" is already used by the contact on line 2; each contact needs its own id',
        },
      ],
    },
  ],
});

testRule('duplicate-system-id', {
  valid: [{ name: 'the base systems', files: {} }],
  invalid: [
    {
      name: 'a system listed twice',
      files: {
        'systems.yaml': yaml`
        systems:
          - id: mail
            name: Mail
          - id: mail
            name: Mail again
      `,
      },
      errors: [
        {
          file: 'systems.yaml',
          line: 4,
          col: 9,
          message: 'system id "mail" is already used by the system on line 2; each system needs its own id',
        },
      ],
    },
  ],
});

testRule('duplicate-runbook-id', {
  valid: [
    {
      name: 'ids that match their files',
      files: {
        'drill.yaml': drill('- do: Go.\n'),
        'other.yaml': drill('- do: Go.\n').replace('id: drill', 'id: other'),
      },
    },
    {
      name: 'not judged when only one file is linted',
      files: { 'drill.yaml': drill('- do: Go.\n'), 'other.yaml': drill('- do: Go.\n') },
      only: ['other.yaml'],
    },
  ],
  invalid: [
    {
      name: 'a copied file keeps the id of the original; the copy is reported',
      files: { 'drill.yaml': drill('- do: Go.\n'), 'drill-copy.yaml': drill('- do: Go.\n') },
      errors: [
        {
          file: 'drill-copy.yaml',
          line: 1,
          col: 5,
          message: 'runbook id "drill" is already used by drill.yaml; each runbook needs its own id',
        },
      ],
    },
    {
      name: 'the same name as .yaml and .yml',
      files: { 'drill.yaml': drill('- do: Go.\n'), 'drill.yml': drill('- do: Go.\n') },
      errors: [
        {
          file: 'drill.yml',
          line: 1,
          col: 5,
          message: 'runbook id "drill" is already used by drill.yaml; each runbook needs its own id',
        },
      ],
    },
  ],
});

testRule('duplicate-answer', {
  valid: [
    {
      name: 'different answers',
      files: {
        'drill.yaml': drill(yaml`
      - ask: Is the power back?
        choices:
          - answer: "Yes"
            next: end
          - answer: "No"
    `),
      },
    },
  ],
  invalid: [
    {
      name: 'the same answer in another case',
      files: {
        'drill.yaml': drill(yaml`
        - id: power-back
          ask: Is the power back?
          choices:
            - answer: "Yes"
              next: end
            - answer: " yes"
      `),
      },
      errors: [
        {
          line: 12,
          col: 17,
          message: 'answer " yes" of step "power-back" repeats "Yes" (choice 1); answers must differ, ignoring case',
        },
      ],
    },
  ],
});
