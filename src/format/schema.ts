// The runbook library format (docs/runbook-format.md) as zod schemas: the one
// source of the types of the files as written and of the JSON Schema that
// `coop schema` prints, descriptions and examples included, so an editor's
// hover and the loader's messages come from the same words. A runbook's steps,
// once loaded, carry a kind the file does not write (model.ts). Rules that need
// the whole library (references, flow, policy) live in lint; these schemas say
// only what a single value must look like.
import * as z from 'zod';

import { IMPACT_LEVELS, IMPACT_SPANS, type ImpactSpan } from './impact.js';
import { DEFAULT_EXERCISE_MONTHS, DEFAULT_REVIEW_MONTHS } from './review.js';
import { DEFAULT_UPDATE_EVERY } from './updates.js';
import { DATE_PATTERN, DURATION_PATTERN, ID_PATTERN, isRealDate } from './values.js';

// How each patterned value is written. The loader says "must be <form>"; the
// schema says the same words twice: in the description an editor shows on
// hover, and in `patternErrorMessage`, which yaml-language-server and VS Code
// show for a value that does not match in place of the bare regular expression.
const ID_FORM = 'kebab-case: lower-case letters, digits and single hyphens, like power-loss';
const DATE_FORM = 'a date written YYYY-MM-DD, like 2016-06-12';
const DURATION_FORM = 'a number and a unit (s, m, h or d), like 30m, 4h or 2d';
const sentence = (form: string) => `${form[0]!.toUpperCase()}${form.slice(1)}.`;
/** The editor's message for a value not of `form`: the loader's, as a sentence. */
export const mismatch = (form: string) => ({ patternErrorMessage: sentence(`must be ${form}`) });

const text = z.string().min(1, 'must not be empty');
export const Id = z
  .string()
  .regex(ID_PATTERN, `must be ${ID_FORM}`)
  .max(100, 'is too long (at most 100 characters)')
  .meta({ description: `An id: ${ID_FORM}; at most 100 characters.`, examples: ['power-loss'], ...mismatch(ID_FORM) });
export const IsoDate = z
  .string()
  // abort: a text not written as a date gets that one message, not "is not a real date" as well.
  .regex(DATE_PATTERN, { error: `must be ${DATE_FORM}`, abort: true })
  .refine(isRealDate, 'is not a real date')
  .meta({ description: sentence(DATE_FORM), examples: ['2016-06-12'], ...mismatch(DATE_FORM) });
export const Duration = z
  .string()
  .regex(DURATION_PATTERN, `must be ${DURATION_FORM}`)
  .meta({ description: sentence(DURATION_FORM), examples: ['30m', '4h', '2d'], ...mismatch(DURATION_FORM) });
/** A step id, or `end` to finish the runbook. */
export const StepRef = z
  .string()
  .min(1, 'must name a step id or end')
  .meta({ description: 'Where to go next: the id of a step of this runbook, or end.', examples: ['end'] });

export const Phase = z.enum(['activate', 'recover', 'reconstitute']).meta({
  description:
    'The phase of the response this step belongs to, after NIST SP 800-34: activate (notice the outage, tell people, start the plan), recover (bring the systems back) or reconstitute (return to normal operations). Shown next to the step in printouts.',
  examples: ['recover'],
});

/** A cycle in whole months, 1 to 120 (10 years): how often something is done again. */
const everyMonths = (description: string) =>
  z
    .number()
    .int('must be a whole number')
    .min(1)
    .max(120)
    .optional()
    .meta({ description, examples: [12] });

/** An optional list of contact ids, described by what the list is for. */
const contactIds = (description: string, example: string[]) =>
  z
    .array(Id)
    .optional()
    .meta({ description: `${description} Contact ids from contacts.yaml.`, examples: [example] });

export const Contact = z
  .strictObject({
    id: Id.meta({
      description: `The contact's id, which runbooks use to name them (owner, notify, contacts). Unique in contacts.yaml; ${ID_FORM}.`,
      examples: ['choose-networks'],
    }),
    name: text.meta({ description: 'The name shown and printed.', examples: ['CHOOSE Networks Support Desk'] }),
    role: text.optional().meta({
      description: 'What they do in a response, shown under the name.',
      examples: ['IT service provider - servers, Exchange, backups, hardware disposal'],
    }),
    phone: text
      .optional()
      .meta({ description: 'A phone number, as it is dialled in the office.', examples: ['(316) 928-8828'] }),
    email: text.optional().meta({ description: 'An email address.', examples: ['support@example.org'] }),
    reach: text.optional().meta({
      description: 'Any other way to reach them, in words. A contact needs at least one of phone, email or reach.',
      examples: ['In person, or the number in the agency staff directory'],
    }),
    alternates: contactIds('Who to call when this contact cannot be reached, in order of succession.', [
      'deputy-director',
    ]),
    hours: text.optional().meta({ description: 'When they can be reached.', examples: ['Mon-Fri 8:00-17:00'] }),
    notes: text.optional().meta({
      description: 'Anything else a caller should know.',
      examples: ['Create a ticket with the Support Desk to diagnose and correct server and Exchange problems.'],
    }),
    verified: IsoDate.optional().meta({
      description: `The day these details were last checked: ${DATE_FORM}.`,
      examples: ['2026-06-01'],
    }),
  })
  .meta({
    title: 'Contact',
    description: 'A person, vendor or role that runbooks name, with at least one way to reach them.',
    examples: [{ id: 'choose-networks', name: 'CHOOSE Networks Support Desk', phone: '(316) 928-8828' }],
  });

export const ContactsFile = z
  .strictObject({
    organization: text.optional().meta({
      description: 'The organization the plan belongs to, printed on the cover of the binder.',
      examples: ["Kansas Commission on Peace Officers' Standards & Training (KS-CPOST)"],
    }),
    contacts: z.array(Contact).meta({
      description: 'Every person, vendor and role the runbooks name.',
      examples: [[{ id: 'executive-director', name: 'Executive Director', reach: 'In person' }]],
    }),
  })
  .meta({
    $id: 'urn:coop:schema:v1:contacts',
    title: 'coop contacts',
    description: 'contacts.yaml of a coop library: the people, vendors and roles runbooks name.',
  });

export const ImpactLevel = z.enum(IMPACT_LEVELS).meta({
  description:
    "How badly an outage of this length harms the office's work, in the words of NIST SP 800-34's BIA template: none, minimal, moderate or severe.",
  examples: ['moderate'],
});

export const BusinessImpact = z
  .strictObject({
    date: IsoDate.meta({ description: `The day the analysis was made: ${DATE_FORM}.`, examples: ['2026-11-23'] }),
    by: text.meta({ description: 'Who made it.', examples: ['Pat Lee'] }),
    functions: z
      .array(text)
      .optional()
      .meta({
        description: "The office's functions (its business processes) that stop or suffer without the system.",
        examples: [['Email with the public and partner agencies']],
      }),
    impacts: z
      .strictObject({
        '1h': ImpactLevel.optional(),
        '4h': ImpactLevel.optional(),
        '1d': ImpactLevel.optional(),
        '1w': ImpactLevel.optional(),
      } satisfies Record<ImpactSpan, unknown>)
      .optional()
      .meta({
        description: `The harm of an outage that lasts ${IMPACT_SPANS.join(', ')} (1 hour, 4 hours, 1 day, 1 week).`,
        examples: [{ '1h': 'minimal', '4h': 'moderate', '1d': 'severe', '1w': 'severe' }],
      }),
  })
  .meta({
    title: 'Business impact analysis',
    description:
      'What coop bia recorded after NIST SP 800-34: who made the analysis and when, what depends on the system, and the harm of an outage over time; mtd, rto and rpo are kept beside it.',
    examples: [{ date: '2026-11-23', by: 'Pat Lee', impacts: { '1h': 'minimal', '1d': 'severe' } }],
  });

export const System = z
  .strictObject({
    id: Id.meta({
      description: `The system's id, which runbooks list under systems. Unique in systems.yaml; ${ID_FORM}.`,
      examples: ['exchange'],
    }),
    name: text.meta({ description: 'The name shown and printed.', examples: ['Exchange server / Outlook email'] }),
    description: text.optional().meta({
      description: 'What the system is, and who supports it.',
      examples: ['Microsoft Outlook connects to the Exchange Server; supported by CHOOSE Networks.'],
    }),
    mtd: Duration.optional().meta({
      description: `Maximum Tolerable Downtime: how long the office can do without the system before the harm can no longer be borne (NIST SP 800-34). The RTO may not be longer. ${sentence(DURATION_FORM)}`,
      examples: ['2d'],
    }),
    rto: Duration.optional().meta({
      description: `Recovery Time Objective: how long the system may be down; at most the MTD. ${sentence(DURATION_FORM)}`,
      examples: ['8h'],
    }),
    rpo: Duration.optional().meta({
      description: `Recovery Point Objective: how much recent data may be lost, as a span of time. ${sentence(DURATION_FORM)}`,
      examples: ['24h'],
    }),
    bia: BusinessImpact.optional(),
    notes: text
      .optional()
      .meta({ description: 'Anything else worth knowing about it.', examples: ['Backed up nightly.'] }),
  })
  .meta({
    title: 'System',
    description: 'A system the office depends on, with its recovery objectives.',
    examples: [{ id: 'file-server', name: 'File server', rto: '8h', rpo: '24h' }],
  });

export const SystemsFile = z
  .strictObject({
    systems: z.array(System).meta({
      description: 'The systems the office depends on.',
      examples: [[{ id: 'servers', name: 'Office servers' }]],
    }),
  })
  .meta({
    $id: 'urn:coop:schema:v1:systems',
    title: 'coop systems',
    description: 'systems.yaml of a coop library: the systems the office depends on, with RTO and RPO.',
  });

const stepCommon = {
  id: Id.optional().meta({
    description: `The step's id: needed when a next, a choice or a check names this step, and kept by journals so an incident can be resumed after the runbook changes. Without one the step is step-N (its position); end is reserved. ${sentence(ID_FORM)}`,
    examples: ['update-director'],
  }),
  phase: Phase.optional(),
};

export const ActionStep = z
  .strictObject({
    ...stepCommon,
    do: text.meta({
      description: 'Makes this an action step: the instruction, as the person doing it should read it.',
      examples: ['Shut off all computer hardware.'],
    }),
    why: text.optional().meta({
      description: 'Why the step matters, shown under the instruction.',
      examples: ['Saves the battery backups and makes sure the data kept on the computers is not corrupted.'],
    }),
    contacts: contactIds('Who to call for this step; their numbers are shown with it.', ['executive-director']),
    warning: text.optional().meta({
      description: 'What must not be done, shown with the step in red.',
      examples: ['Do not try to retrieve hardware on the way out.'],
    }),
    next: StepRef.optional().meta({
      description: 'Where to go after this step: a step id, or end. Without it the walk goes on to the following step.',
      examples: ['services-back'],
    }),
    update_every: Duration.optional().meta({
      description: `Makes this a status-update step: the walk drafts an update for the step's contacts from the journal, records it when sent, and shows when the next one is due this long after. Overrides the runbook's update_every. ${sentence(DURATION_FORM)}`,
      examples: ['30m'],
    }),
  })
  .meta({
    title: 'Action step (do)',
    description: 'Something to do. The person marks it done, or skips it with a reason.',
    examples: [{ id: 'notify-director', do: 'Notify the Executive Director.', contacts: ['executive-director'] }],
  });

export const Choice = z
  .strictObject({
    answer: text.meta({
      description:
        'One answer the person can choose. Quoted, "Yes" and "No" stay text in every YAML tool (some read them as true and false).',
      examples: ['Yes'],
    }),
    next: StepRef.optional().meta({
      description:
        'Where this answer leads: a step id, or end. Without it the walk goes on to the step after the decision.',
      examples: ['update-director'],
    }),
  })
  .meta({
    title: 'Choice',
    description: 'An answer to a decision, and where it leads.',
    examples: [{ answer: 'No', next: 'update-director' }],
  });

export const DecisionStep = z
  .strictObject({
    ...stepCommon,
    ask: text.meta({
      description: 'Makes this a decision step: the question, answered by picking one of the choices.',
      examples: ['Is the power back on?'],
    }),
    why: text.optional().meta({
      description: 'Why the question is asked, shown under it.',
      examples: ['Until services come back online, the Executive Director is to be kept updated.'],
    }),
    choices: z.array(Choice).meta({
      description: 'The answers, at least two, each leading somewhere.',
      examples: [
        [
          { answer: 'Yes', next: 'end' },
          { answer: 'No', next: 'update-director' },
        ],
      ],
    }),
  })
  .meta({
    title: 'Decision step (ask)',
    description: 'A question whose answer chooses where the runbook goes; a choice may lead back to an earlier step.',
    examples: [
      {
        id: 'power-back',
        ask: 'Is the power back on?',
        choices: [
          { answer: 'Yes', next: 'end' },
          { answer: 'No', next: 'update-director' },
        ],
      },
    ],
  });

export const CheckStep = z
  .strictObject({
    ...stepCommon,
    run: text.meta({
      description:
        'Makes this a check step: a shell command whose exit status says whether the check succeeded. It runs only when the person at the keyboard confirms it (or a script passes --allow-commands), never in lint, show or export.',
      examples: ['ping -c 3 exchange'],
    }),
    title: text.optional().meta({
      description: 'What the check finds out, in words, shown above the command.',
      examples: ['Can this computer reach the Exchange server?'],
    }),
    timeout: Duration.optional().meta({
      description: `How long the command may run before it is stopped and the check fails; coop lint asks for one. ${sentence(DURATION_FORM)}`,
      examples: ['30s'],
    }),
    on_success: StepRef.optional().meta({
      description:
        'Where to go when the command succeeds (exits 0): a step id, or end. Without it the walk goes on to the following step.',
      examples: ['end'],
    }),
    on_failure: StepRef.optional().meta({
      description:
        'Where to go when the command fails, or runs out of time: a step id, or end. coop lint asks for one, so a failed check never carries on as if it had worked.',
      examples: ['call-support'],
    }),
  })
  .meta({
    title: 'Check step (run)',
    description: 'A command that checks something, and where each outcome leads.',
    examples: [
      {
        id: 'mail-reachable',
        title: 'Can this computer reach the Exchange server?',
        run: 'ping -c 3 exchange',
        timeout: '30s',
        on_success: 'end',
        on_failure: 'call-support',
      },
    ],
  });

export const Step = z.union([ActionStep, DecisionStep, CheckStep]);

export const Runbook = z
  .strictObject({
    id: Id.meta({
      description: `The runbook's id: its file name without .yaml. ${sentence(ID_FORM)}`,
      examples: ['power-loss'],
    }),
    title: text.meta({
      description: 'What has happened, as a person would pick it from a list.',
      examples: ['Losing power during office hours'],
    }),
    summary: text.optional().meta({
      description: 'One or two sentences on when this runbook applies.',
      examples: ['Power is lost while staff are in the office.'],
    }),
    source: text.optional().meta({
      description: 'Where the procedure comes from: the plan, its section.',
      examples: ['KS-CPOST Policy 105, V.C (Losing Power During Office Hours)'],
    }),
    owner: Id.optional().meta({
      description: 'The contact id of the person responsible for keeping this runbook up to date.',
      examples: ['executive-director'],
    }),
    reviewed: IsoDate.optional().meta({
      description: `The day the runbook was last reviewed: ${DATE_FORM}.`,
      examples: ['2016-06-12'],
    }),
    reviewed_by: text.optional().meta({
      description: 'Who signed off the last review, by name (coop review writes it with reviewed).',
      examples: ['Pat Lee'],
    }),
    review_every_months: everyMonths(
      `How many months may pass between reviews, from 1 to 120; ${DEFAULT_REVIEW_MONTHS} when left out.`,
    ),
    update_every: Duration.optional().meta({
      description: `How often status updates are due during an incident: the cadence of its update steps that give none, and of coop update. ${DEFAULT_UPDATE_EVERY} when left out. ${sentence(DURATION_FORM)}`,
      examples: ['30m'],
    }),
    systems: z
      .array(Id)
      .optional()
      .meta({
        description: 'The systems this runbook recovers: ids from systems.yaml.',
        examples: [['computers', 'servers']],
      }),
    keywords: z
      .array(text)
      .optional()
      .meta({
        description:
          'Other words people use for what has happened, so that `coop incident` finds this runbook when they type them (the title, id and summary are searched too).',
        examples: [['outage', 'blackout', 'no power']],
      }),
    notify: contactIds('Who to tell, shown before step 1, or once the step named by notify_after is done.', [
      'executive-director',
    ]),
    notify_after: Id.optional().meta({
      description:
        'The id of the step after which the people of notify are told, when nothing may come before that step (getting out of a burning building comes before any call). Without it they are told before step 1.',
      examples: ['evacuate'],
    }),
    warnings: z
      .array(text)
      .optional()
      .meta({
        description: 'What must not be done, shown before step 1 and in every printout.',
        examples: [['Do not try to retrieve hardware in the middle of an emergency.']],
      }),
    steps: z
      .array(Step)
      .min(1, 'must list at least one step')
      .meta({
        description:
          'The steps, in order. Each is one kind, told by its key: do (an action), ask (a decision) or run (a check).',
        examples: [[{ do: 'Power down the servers in the server room.' }]],
      }),
  })
  .meta({
    $id: 'urn:coop:schema:v1:runbook',
    title: 'coop runbook',
    description: 'One runbook of a coop library: a file named after its id.',
  });

/** `coop.yaml` at the library root: settings for the library's tools. */
export const SeveritySetting = z.enum(['error', 'warning', 'off']).meta({
  description:
    'error: coop lint fails; warning: reported, and fails lint only beyond --max-warnings or with --strict; off: not checked.',
  examples: ['error'],
});
export const Config = z
  .strictObject({
    exercise_every_months: everyMonths(
      `How many months may pass between exercises of each runbook (ITEC 5300 asks that plans be exercised), from 1 to 120; ${DEFAULT_EXERCISE_MONTHS} when left out. coop calendar dates the next exercise by it.`,
    ),
    lint: z
      .strictObject({
        rules: z
          .record(z.string(), SeveritySetting)
          .optional()
          .meta({
            description:
              'A severity for each lint rule to change: error, warning or off. coop lint --rules lists the rule ids.',
            examples: [{ 'review-overdue': 'error', 'contact-verified-stale': 'off' }],
          }),
      })
      .optional()
      .meta({ description: 'Settings for coop lint.', examples: [{ rules: { 'review-overdue': 'error' } }] }),
  })
  .meta({
    $id: 'urn:coop:schema:v1:config',
    title: 'coop settings',
    description: 'coop.yaml at the root of a coop library: settings for its tools, such as lint rule severities.',
  });

export type Contact = z.infer<typeof Contact>;
export type ContactsFile = z.infer<typeof ContactsFile>;
export type System = z.infer<typeof System>;
export type SystemsFile = z.infer<typeof SystemsFile>;
export type Choice = z.infer<typeof Choice>;
export type Config = z.infer<typeof Config>;
export type BusinessImpact = z.infer<typeof BusinessImpact>;
export type ImpactLevel = z.infer<typeof ImpactLevel>;
export type SeveritySetting = z.infer<typeof SeveritySetting>;
export type Phase = z.infer<typeof Phase>;
