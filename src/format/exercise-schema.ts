// Exercise files (exercises/<id>.yaml) and the improvement plan
// (improvements.yaml) as zod schemas, beside the runbook schemas of
// schema.ts and in their style: the one source of the types, of the loader's
// messages and of the JSON Schemas `coop schema --file exercise|improvements`
// prints. What needs the whole library (a runbook or step an inject names, an
// objective no inject exercises) is lint's.
import * as z from 'zod';
import { Id, IsoDate, mismatch } from './schema.js';
import { SCENARIO_TIME_PATTERN } from './scenario-time.js';

const text = z.string().min(1, 'must not be empty');

export const PARTICIPANT_ROLES = ['facilitator', 'evaluator', 'player', 'observer'] as const;

export const Participant = z
  .strictObject({
    role: z.enum(PARTICIPANT_ROLES).meta({
      description:
        'What they do in the exercise, after HSEEP: facilitator (runs it and releases the injects), evaluator (rates what the players did), player (responds as they would in a real outage) or observer.',
      examples: ['player'],
    }),
    name: text.meta({
      description: 'Who: a person, or the group the role is given to.',
      examples: ['Office staff on duty'],
    }),
    contact: Id.optional().meta({
      description: 'Their contact id in contacts.yaml, when they are in it.',
      examples: ['executive-director'],
    }),
  })
  .meta({
    title: 'Participant',
    description: 'Someone who takes part in the exercise, and in which role.',
    examples: [{ role: 'facilitator', name: 'The continuity coordinator' }],
  });

export const Objective = z
  .strictObject({
    id: Id.meta({
      description: "The objective's id, which injects name under objectives. Unique in the exercise.",
      examples: ['act-without-director'],
    }),
    text: text.meta({
      description: 'What the exercise is to show, as one sentence the evaluator can rate.',
      examples: ['Staff carry out the power-loss procedure without the Executive Director in the office.'],
    }),
    policy: text.meta({
      description: 'The policy point the objective answers: the policy, its section, and if useful its words.',
      examples: ['ITEC 5300 6.7'],
    }),
  })
  .meta({
    title: 'Objective',
    description: 'What the exercise is to show, tied to the policy point it answers; the evaluator rates it.',
    examples: [{ id: 'shut-down-safely', text: 'Staff shut down computers and servers.', policy: 'ITEC 5300 6.7' }],
  });

const SCENARIO_TIME_FORM = 'a time of day written HH:MM (24-hour), like 09:10';
export const ScenarioTime = z
  .string()
  .regex(SCENARIO_TIME_PATTERN, `must be ${SCENARIO_TIME_FORM}`)
  .meta({
    description: 'A time of day in the scenario, HH:MM (24-hour).',
    examples: ['09:10'],
    ...mismatch(SCENARIO_TIME_FORM),
  });

export const Inject = z
  .strictObject({
    id: Id.meta({ description: "The inject's id. Unique in the exercise.", examples: ['outage-until-afternoon'] }),
    at: ScenarioTime.meta({
      description:
        'When the inject comes, in scenario time (HH:MM). The first inject opens the scenario; each later one is due that long after the one before it was released. Injects are listed in time order.',
      examples: ['09:10'],
    }),
    from: text.optional().meta({
      description: 'Who brings the news in the scenario.',
      examples: ['The building manager'],
    }),
    text: text.meta({
      description: 'What the players are told, as the facilitator reads it out.',
      examples: ['The building manager says power will be out until at least 15:00.'],
    }),
    runbook: Id.optional().meta({
      description:
        "The runbook whose steps the inject expects: one of the exercise's runbooks. May be left out when the exercise has only one.",
      examples: ['power-loss'],
    }),
    steps: z
      .array(Id)
      .optional()
      .meta({
        description:
          'The ids of the runbook steps the inject should lead the players to (step-N for a step without an id).',
        examples: [['director-in-office', 'update-director']],
      }),
    expected: text.meta({
      description: 'The action the players are expected to take; the evaluator rates what they did against it.',
      examples: ['Staff see that the Director is out and keep the Director updated by phone.'],
    }),
    objectives: z
      .array(Id)
      .min(1, 'must name at least one objective')
      .meta({ description: 'The ids of the objectives this inject exercises.', examples: [['act-without-director']] }),
  })
  .meta({
    title: 'Inject',
    description:
      'One event of the master scenario events list (MSEL): news the facilitator gives the players at a time of the scenario, and what they should do.',
    examples: [
      {
        id: 'lights-out',
        at: '09:00',
        text: 'The lights go out and the battery backups start beeping.',
        steps: ['shut-down-computers'],
        expected: 'Staff shut off their computers.',
        objectives: ['shut-down-safely'],
      },
    ],
  });

export const Exercise = z
  .strictObject({
    id: Id.meta({
      description: "The exercise's id: its file name without .yaml (exercises/<id>.yaml).",
      examples: ['power-loss-tabletop'],
    }),
    title: text.meta({
      description: "The exercise's name, as the report prints it.",
      examples: ['Power-loss tabletop'],
    }),
    example: z
      .boolean()
      .optional()
      .meta({
        description:
          'true marks an example exercise, shipped to show the format: every screen and report says so. Leave it out in your own exercises.',
        examples: [true],
      }),
    date: IsoDate.meta({ description: 'The day the exercise is planned for, YYYY-MM-DD.', examples: ['2026-12-01'] }),
    runbooks: z
      .array(Id)
      .min(1, 'must name at least one runbook')
      .meta({ description: 'The ids of the runbooks the exercise exercises.', examples: [['power-loss']] }),
    scenario: text.meta({
      description:
        'The scenario narrative the facilitator reads at the start: what the players are to imagine. It is a scenario, not a record: say so where it could be mistaken for a fact.',
      examples: ['A weekday morning in the office. The power goes out.'],
    }),
    participants: z
      .array(Participant)
      .min(1, 'must name at least one participant')
      .meta({
        description: 'Who takes part and in which role: at least a facilitator; an evaluator and players as a rule.',
        examples: [[{ role: 'facilitator', name: 'The continuity coordinator' }]],
      }),
    objectives: z
      .array(Objective)
      .min(1, 'must list at least one objective')
      .meta({
        description: 'What the exercise is to show; the evaluator rates each.',
        examples: [[{ id: 'act-without-director', text: 'Staff act without the Director.', policy: 'ITEC 5300 6.7' }]],
      }),
    injects: z
      .array(Inject)
      .min(1, 'must list at least one inject')
      .meta({
        description: 'The master scenario events list: the injects, in time order.',
        examples: [
          [
            {
              id: 'lights-out',
              at: '09:00',
              text: 'The lights go out.',
              expected: 'Staff shut off their computers.',
              objectives: ['shut-down-safely'],
            },
          ],
        ],
      }),
  })
  .meta({
    $id: 'urn:coop:schema:v1:exercise',
    title: 'coop exercise',
    description:
      "One exercise of a coop library (exercises/<id>.yaml): a tabletop exercise after FEMA's HSEEP, with its objectives, participants and injects.",
  });

export const ClosedBy = z
  .strictObject({
    on: IsoDate.meta({ description: 'The day the action was done, YYYY-MM-DD.', examples: ['2027-01-20'] }),
    change: text.meta({
      description:
        'The change that closed it, so a reader can find it: a commit, a pull request, a revision of the plan.',
      examples: ['commit 3f2a1c0: power-loss.yaml names who to call when the Director cannot be reached'],
    }),
  })
  .meta({
    title: 'Closed',
    description: 'When a corrective action was done, and the change that did it.',
    examples: [{ on: '2027-01-20', change: 'commit 3f2a1c0' }],
  });

export const Improvement = z
  .strictObject({
    id: Id.meta({
      description: "The corrective action's id, which coop status and the report name. Unique in improvements.yaml.",
      examples: ['name-director-alternate'],
    }),
    exercise: Id.optional().meta({
      description: 'The exercise whose after-action report asked for it: an id in exercises/.',
      examples: ['power-loss-tabletop'],
    }),
    area: text.optional().meta({
      description: 'The area for improvement it answers, as the hot wash or the after-action report put it.',
      examples: ['No one knew who acts when the Director cannot be reached.'],
    }),
    action: text.meta({
      description: 'What is to be done, as one instruction.',
      examples: ['Name an alternate for the Executive Director in contacts.yaml.'],
    }),
    owner: Id.meta({
      description: 'The contact id of the person who sees it done.',
      examples: ['executive-director'],
    }),
    due: IsoDate.meta({
      description: 'The day it is to be done by, YYYY-MM-DD; coop status --check fails once it is past.',
      examples: ['2027-03-31'],
    }),
    runbook: Id.meta({ description: 'The id of the runbook it changes.', examples: ['power-loss'] }),
    closed: ClosedBy.optional().meta({
      description: 'Set when it is done: the day and the change that did it. Until then it is open.',
      examples: [{ on: '2027-01-20', change: 'commit 3f2a1c0' }],
    }),
  })
  .meta({
    title: 'Corrective action',
    description: 'One item of the improvement plan: what to change, who sees to it, by when, and in which runbook.',
    examples: [
      {
        id: 'name-director-alternate',
        exercise: 'power-loss-tabletop',
        action: 'Name an alternate for the Executive Director.',
        owner: 'executive-director',
        due: '2027-03-31',
        runbook: 'power-loss',
      },
    ],
  });

export const ImprovementsFile = z
  .strictObject({
    improvements: z.array(Improvement).meta({
      description: 'The corrective actions of the improvement plan, open and closed.',
      examples: [
        [
          {
            id: 'name-director-alternate',
            action: 'Name an alternate for the Executive Director.',
            owner: 'executive-director',
            due: '2027-03-31',
            runbook: 'power-loss',
          },
        ],
      ],
    }),
  })
  .meta({
    $id: 'urn:coop:schema:v1:improvements',
    title: 'coop improvements',
    description:
      'improvements.yaml of a coop library: the improvement plan, corrective actions that come out of exercises, followed up by coop status.',
  });

export type Participant = z.infer<typeof Participant>;
export type Objective = z.infer<typeof Objective>;
export type Inject = z.infer<typeof Inject>;
export type Exercise = z.infer<typeof Exercise>;
export type Improvement = z.infer<typeof Improvement>;
export type ImprovementsFile = z.infer<typeof ImprovementsFile>;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
