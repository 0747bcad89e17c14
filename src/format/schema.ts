// The runbook library format (RUNBOOK-FORMAT.md) as zod schemas: the one
// source of the types of the files as written and of the JSON Schema that
// `coop schema` prints (a runbook's steps, once loaded, carry a kind the file
// does not write: model.ts). Rules that need the whole library (references, flow, policy) live in
// lint; these schemas say only what a single value must look like.
import * as z from 'zod';

import { DATE_PATTERN, DURATION_PATTERN, ID_PATTERN, isRealDate } from './values.js';

const text = z.string().min(1, 'must not be empty');
export const Id = z
  .string()
  .regex(ID_PATTERN, 'must be kebab-case: lower-case letters, digits and single hyphens, like power-loss')
  .max(100, 'is too long (at most 100 characters)');
export const IsoDate = z
  .string()
  .regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD, like 2016-06-12')
  .refine(isRealDate, 'is not a real date');
export const Duration = z
  .string()
  .regex(DURATION_PATTERN, 'must be a number and a unit (s, m, h or d), like 30m, 4h or 2d');
/** A step id, or `end` to finish the runbook. */
export const StepRef = z.string().min(1, 'must name a step id or end');

export const Phase = z.enum(['activate', 'recover', 'reconstitute']);

export const Contact = z.strictObject({
  id: Id,
  name: text,
  role: text.optional(),
  phone: text.optional(),
  email: text.optional(),
  reach: text.optional(),
  alternates: z.array(Id).optional(),
  hours: text.optional(),
  notes: text.optional(),
  verified: IsoDate.optional(),
});

export const ContactsFile = z.strictObject({
  organization: text.optional(),
  contacts: z.array(Contact),
});

export const System = z.strictObject({
  id: Id,
  name: text,
  description: text.optional(),
  rto: Duration.optional(),
  rpo: Duration.optional(),
  notes: text.optional(),
});

export const SystemsFile = z.strictObject({
  systems: z.array(System),
});

const stepCommon = {
  id: Id.optional(),
  phase: Phase.optional(),
};

export const ActionStep = z.strictObject({
  ...stepCommon,
  do: text,
  why: text.optional(),
  contacts: z.array(Id).optional(),
  warning: text.optional(),
  next: StepRef.optional(),
});

export const Choice = z.strictObject({
  answer: text,
  /** Omitted: carry on with the step that follows the decision. */
  next: StepRef.optional(),
});

export const DecisionStep = z.strictObject({
  ...stepCommon,
  ask: text,
  why: text.optional(),
  choices: z.array(Choice),
});

export const CheckStep = z.strictObject({
  ...stepCommon,
  run: text,
  title: text.optional(),
  timeout: Duration.optional(),
  on_success: StepRef.optional(),
  on_failure: StepRef.optional(),
});

export const Step = z.union([ActionStep, DecisionStep, CheckStep]);

export const Runbook = z.strictObject({
  id: Id,
  title: text,
  summary: text.optional(),
  source: text.optional(),
  owner: Id.optional(),
  reviewed: IsoDate.optional(),
  review_every_months: z.number().int('must be a whole number').min(1).max(120).optional(),
  systems: z.array(Id).optional(),
  notify: z.array(Id).optional(),
  warnings: z.array(text).optional(),
  steps: z.array(Step).min(1, 'must list at least one step'),
});

/** `coop.yaml` at the library root: settings for the library's tools. */
export const SeveritySetting = z.enum(['error', 'warning', 'off']);
export const Config = z.strictObject({
  lint: z
    .strictObject({
      rules: z.record(z.string(), SeveritySetting).optional(),
    })
    .optional(),
});

export type Contact = z.infer<typeof Contact>;
export type ContactsFile = z.infer<typeof ContactsFile>;
export type System = z.infer<typeof System>;
export type SystemsFile = z.infer<typeof SystemsFile>;
export type Choice = z.infer<typeof Choice>;
export type Config = z.infer<typeof Config>;
export type SeveritySetting = z.infer<typeof SeveritySetting>;
export type Phase = z.infer<typeof Phase>;
