import { testRule } from '../rule-tester.js';

// coop.yaml is validated like every other file; a rule id it names must exist.
testRule('unknown-rule', {
  valid: [
    {
      name: 'known rules, loader codes too',
      files: { 'coop.yaml': 'lint:\n  rules:\n    review-overdue: error\n    yaml-syntax: error\n' },
    },
  ],
  invalid: [
    {
      name: 'a misspelt rule id, at its key',
      files: {
        'coop.yaml':
          'lint:\n  rules:\n    review-overdue: error\n    contact-verified-stal: off\n    no-such-thing: warning\n',
      },
      errors: [
        {
          file: 'coop.yaml',
          line: 4,
          col: 5,
          message: 'unknown rule "contact-verified-stal"; did you mean "contact-verified-stale"?',
        },
        {
          file: 'coop.yaml',
          line: 5,
          col: 5,
          message: 'unknown rule "no-such-thing"; coop lint --rules lists the rules there are',
        },
      ],
    },
  ],
});
