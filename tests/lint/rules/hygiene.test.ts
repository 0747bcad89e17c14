import { MAX_COMMAND_CHARS } from '../../../src/lint/rules/check-command-unreadable.js';
import { drill, testRule } from '../rule-tester.js';

// YAML double-quoted strings spell control characters as escapes (\e, \a,
// \u202E), which is how a hostile file smuggles them past a casual look.
testRule('control-character', {
  valid: [
    {
      name: 'tabs, line breaks and non-Latin text are fine',
      files: { 'drill.yaml': drill('- do: "Call\\tthe desk.\\nThen wait. Ça va, 東京."\n') },
    },
  ],
  invalid: [
    {
      name: 'an escape sequence in a title',
      files: { 'drill.yaml': drill('- do: Go.\n').replace('title: Drill', 'title: "\\e[31mRed alert\\e[0m"') },
      errors: [
        {
          line: 2,
          col: 8,
          message:
            'text contains a terminal escape sequence, which can rewrite what the screen shows: "\\e[31mRed alert\\e[0m"; remove it',
        },
      ],
    },
    {
      name: 'a bell in a step, a bidirectional override in a choice',
      files: {
        'drill.yaml': drill(
          '- do: "Ring \\a now."\n- ask: Back?\n  choices:\n    - answer: "Yes\\u202E"\n    - answer: "No"\n',
        ),
      },
      errors: [
        { line: 7, col: 9, message: 'text contains a control character (U+0007): "Ring \\a now."; remove it' },
        {
          line: 10,
          col: 17,
          message:
            'text contains a bidirectional override (U+202E), which can make text read differently from what it says: "Yes\\u202e"; remove it',
        },
      ],
    },
    {
      name: 'contacts, systems and the organization',
      files: {
        'contacts.yaml':
          'organization: "Agency\\x9b2J"\ncontacts:\n  - id: desk\n    name: "Desk\\r"\n    reach: In person\n',
        'systems.yaml':
          'systems:\n  - id: mail\n    name: Mail\n    rto: 1h\n    rpo: 1h\n    notes: "\\e]0;pwned\\a"\n',
      },
      errors: [
        {
          file: 'contacts.yaml',
          line: 1,
          col: 15,
          message:
            'text contains a terminal escape sequence, which can rewrite what the screen shows: "Agency\\u009b2J"; remove it',
        },
        {
          file: 'contacts.yaml',
          line: 4,
          col: 11,
          message: 'text contains a control character (U+000D): "Desk\\r"; remove it',
        },
        {
          file: 'systems.yaml',
          line: 6,
          col: 12,
          message:
            'text contains a terminal escape sequence, which can rewrite what the screen shows: "\\e]0;pwned\\a"; remove it',
        },
      ],
    },
    {
      name: 'an invisible character: a zero-width space, a right-to-left mark',
      files: { 'drill.yaml': drill('- do: "Restart\\u200b the mail server."\n- do: "Call\\u200f IT."\n') },
      errors: [
        {
          line: 7,
          col: 9,
          message:
            'text contains an invisible character (U+200B), which a reader cannot see: "Restart\\u200b the mail server."; remove it',
        },
        {
          line: 8,
          col: 9,
          message:
            'text contains an invisible character (U+200F), which a reader cannot see: "Call\\u200f IT."; remove it',
        },
      ],
    },
    {
      name: 'a character written as it is, in a file without a single escape',
      files: { 'drill.yaml': drill('- do: Restart\u200b the mail server.\n') },
      errors: [
        {
          line: 7,
          col: 9,
          message:
            'text contains an invisible character (U+200B), which a reader cannot see: "Restart\\u200b the mail server."; remove it',
        },
      ],
    },
    {
      name: 'the excerpt is cut around the character in a long text',
      files: { 'drill.yaml': drill(`- do: "${'x'.repeat(40)}\\e[2J${'y'.repeat(40)}"\n`) },
      errors: [
        {
          line: 7,
          col: 9,
          message: `text contains a terminal escape sequence, which can rewrite what the screen shows: "…${'x'.repeat(15)}\\e[2J${'y'.repeat(21)}…"; remove it`,
        },
      ],
    },
  ],
});

const check = (run: string) => drill(`- run: ${JSON.stringify(run)}\n  timeout: 5s\n  on_failure: end\n`);

testRule('check-command-unreadable', {
  valid: [
    { name: 'a short command, spaces inside quotes', files: { 'drill.yaml': check("grep -q 'a  b' /etc/hosts") } },
    {
      name: 'a command just within the length',
      files: { 'drill.yaml': check(`echo ${'x'.repeat(MAX_COMMAND_CHARS - 5)}`) },
    },
  ],
  invalid: [
    {
      name: 'a command padded to push what follows off the screen',
      files: { 'drill.yaml': check(`echo ok${' '.repeat(4000)}; touch file`) },
      errors: [
        {
          line: 7,
          col: 10,
          message:
            'check step 1 pads its command with 4000 blanks in a row (from character 8); they push what follows out of sight where it is confirmed: remove them',
        },
        {
          line: 7,
          col: 10,
          message: `check step 1 runs a command of 4019 characters, more than a person can read through before choosing "Run it now" (${MAX_COMMAND_CHARS}): put it in a script and run that`,
        },
      ],
    },
    {
      name: 'a run of tabs is padding too',
      files: { 'drill.yaml': check(`true${'\t'.repeat(12)}; rm x`) },
      errors: [
        {
          line: 7,
          col: 10,
          message:
            'check step 1 pads its command with 12 blanks in a row (from character 5); they push what follows out of sight where it is confirmed: remove them',
        },
      ],
    },
  ],
});
