import { drill, testRule, yaml } from '../rule-tester.js';

/** contacts.yaml with one contact "desk" whose phone is `phone`; the phone value starts at line 4, column 12. */
function deskWithPhone(phone: string): Record<string, string> {
  return { 'contacts.yaml': `contacts:\n  - id: desk\n    name: Desk\n    phone: ${JSON.stringify(phone)}\n` };
}

testRule('contact-no-reach', {
  valid: [
    {
      name: 'phone, email or reach',
      files: {
        'contacts.yaml': yaml`
      contacts:
        - id: a
          name: A
          phone: "(316) 928-8828"
        - id: b
          name: B
          email: b@example.org
        - id: c
          name: C
          reach: In person
    `,
      },
    },
  ],
  invalid: [
    {
      name: 'a name and a role only',
      files: {
        'contacts.yaml': yaml`
        contacts:
          - id: facilities
            name: Facilities
            role: Building manager
      `,
      },
      errors: [
        {
          line: 2,
          col: 5,
          message:
            'contact "facilities" has no phone, email or reach; add at least one way to get hold of them (reach: is free text, like "In person")',
        },
      ],
    },
  ],
});

const ACCEPTED = [
  '(316) 928-8828',
  '316-928-8828',
  '316.928.8828',
  '3169288828',
  '+1 316 928 8828',
  '1-316-928-8828',
  '+1 (316) 928-8828',
  '(316) 928-8828 x123',
  '316-928-8828 ext. 123',
  '316-928-8828, ext 45',
  '316 928 8828 extension 7',
];

testRule('phone-invalid', {
  valid: ACCEPTED.map((phone) => ({ name: phone, files: deskWithPhone(phone) })),
  invalid: [
    ['(316) 92-8828', 'has 9 digits; a North American number has 10 (area code, exchange, line), like (316) 928-8828'],
    ['316-928-88280', 'has 11 digits; a North American number has 10 (area code, exchange, line), like (316) 928-8828'],
    ['(016) 928-8828', 'has the area code 016, but an area code cannot start with 0 or 1'],
    ['(116) 928-8828', 'has the area code 116, but an area code cannot start with 0 or 1'],
    [
      '(316) 028-8828',
      'has the exchange 028, but an exchange (the three digits after the area code) cannot start with 0 or 1',
    ],
    [
      '316-128-8828',
      'has the exchange 128, but an exchange (the three digits after the area code) cannot start with 0 or 1',
    ],
    [
      '(911) 928-8828',
      'has the area code 911, but codes ending in 11 (211 to 911) are service numbers, not area codes',
    ],
    [
      '1-800-FLOWERS',
      'contains letters ("FLOWERS"); write the number in digits, like (316) 928-8828, with an extension as x123',
    ],
    [
      '316-928-8828 ext. abc',
      'contains letters ("extabc"); write the number in digits, like (316) 928-8828, with an extension as x123',
    ],
    [
      '+44 20 7946 0958',
      'has a country code other than +1; phone: takes a North American number (+1 or none, like (316) 928-8828): give a number abroad as reach: instead',
    ],
    ['316/928/8828', 'contains "/", which is not part of a phone number; write it like (316) 928-8828'],
    ['31-69-28-8828', 'is not written as a North American number; write it like (316) 928-8828'],
  ].map(([phone, problem]) => ({
    name: phone!,
    files: deskWithPhone(phone!),
    errors: [{ line: 4, col: 12, message: `phone ${JSON.stringify(phone)} of contact "desk" ${problem}` }],
  })),
});

testRule('owner-missing', {
  valid: [{ name: 'an owner', files: { 'drill.yaml': drill('- do: Go.\n') } }],
  invalid: [
    {
      name: 'no owner, reported at the runbook',
      files: {
        'drill.yaml': `# yaml-language-server: $schema=../schema/runbook.schema.json\n${drill('- do: Go.\n').replace('owner: executive-director\n', '')}`,
      },
      errors: [
        {
          line: 2,
          col: 1,
          message:
            'runbook "drill" has no owner; name the contact who keeps it up to date, like owner: executive-director',
        },
      ],
    },
  ],
});

testRule('runbook-names-nobody', {
  valid: [
    { name: 'notify', files: { 'drill.yaml': drill('- do: Go.\n') } },
    {
      name: 'contacts on a step only',
      files: {
        'drill.yaml': drill('- do: Call the desk.\n  contacts: [choose-networks]\n').replace(
          'notify: [executive-director]\n',
          '',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'an empty notify and no step contacts',
      files: { 'drill.yaml': drill('- do: Go.\n').replace('notify: [executive-director]', 'notify: []') },
      errors: [
        {
          line: 1,
          col: 1,
          message:
            'runbook "drill" names nobody to call: add notify: or contacts: on a step, so the person following it knows who to tell',
        },
      ],
    },
  ],
});

testRule('alternates-cycle', {
  valid: [
    {
      name: 'a chain that ends',
      files: {
        'contacts.yaml': yaml`
      contacts:
        - id: a
          name: A
          reach: In person
          alternates: [b, c]
        - id: b
          name: B
          reach: In person
          alternates: [c]
        - id: c
          name: C
          reach: In person
    `,
      },
    },
  ],
  invalid: [
    {
      name: 'a loop of three, reported at the alternate that closes it',
      files: {
        'contacts.yaml': yaml`
        contacts:
          - id: a
            name: A
            reach: In person
            alternates: [b]
          - id: b
            name: B
            reach: In person
            alternates: [c]
          - id: c
            name: C
            reach: In person
            alternates: [a]
      `,
      },
      errors: [
        { line: 13, col: 18, message: 'alternates loop: a → b → c → a; a chain of succession must end with someone' },
      ],
    },
    {
      name: 'a contact that is its own alternate',
      files: {
        'contacts.yaml': yaml`
        contacts:
          - id: a
            name: A
            reach: In person
            alternates: [a]
      `,
      },
      errors: [
        { line: 5, col: 18, message: 'contact "a" lists itself as its own alternate; name someone else, or nobody' },
      ],
    },
  ],
});
