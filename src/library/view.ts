// One model, many views: a runbook resolved against its library (numbered
// steps, branch targets as step numbers, contacts with their numbers), so the
// terminal, Markdown, HTML and the walkthrough all say the same thing.
import { edgesOf, stepIdAt, stepIndexById, type EdgeKind } from '../format/flow.js';
import type { Library, Loaded } from './library.js';
import { contactMap, systemMap } from './library.js';
import { CONTACTS_FILE } from './paths.js';
import type { Contact, Phase, System } from '../format/schema.js';
import type { Runbook } from '../format/model.js';
import { stepContacts, stepText, type StepKind } from '../format/model.js';
import { assertNever } from '../system/errors.js';
import { addMonths, DEFAULT_REVIEW_MONTHS } from '../format/review.js';

export interface ContactView {
  id: string;
  /** False when the id names no contact of the library, or one whose entry could not be read. */
  known: boolean;
  /** The id is in contacts.yaml, but its entry could not be read (lint says why): not "unknown" to a reader. */
  unreadable?: boolean;
  name: string;
  role?: string;
  phone?: string;
  email?: string;
  reach?: string;
  hours?: string;
  notes?: string;
  verified?: string;
  /** Names of the alternates, in order of succession. */
  alternates: Array<{ id: string; name: string; phone?: string }>;
}

export type TargetView =
  | { kind: 'step'; number: number; id: string }
  | { kind: 'end' }
  | { kind: 'unknown'; name: string };

export interface BranchView {
  kind: EdgeKind;
  label: string;
  target: TargetView;
}

export interface StepView {
  number: number;
  id: string;
  kind: StepKind;
  /** The instruction, question, or the check's title (or command). */
  text: string;
  why?: string;
  warning?: string;
  phase?: Phase;
  contacts: ContactView[];
  /** Check steps: the exact command and its time limit. */
  command?: string;
  timeout?: string;
  branches: BranchView[];
}

export interface SystemView {
  id: string;
  known: boolean;
  name: string;
  rto?: string;
  rpo?: string;
}

export interface RunbookView {
  id: string;
  title: string;
  summary?: string;
  source?: string;
  owner?: ContactView;
  reviewed?: string;
  reviewEveryMonths: number;
  /** YYYY-MM-DD when the next review is due, when `reviewed` is known. */
  reviewDue?: string;
  warnings: string[];
  notify: ContactView[];
  /**
   * The number of the step once which is done the notify list is told;
   * absent when they are told before step 1 (or notify_after names no step).
   */
  notifyAfter?: number;
  /** What else people call what has happened, for finding the runbook. */
  keywords: string[];
  systems: SystemView[];
  steps: StepView[];
  /** The file it was read from, as shown to people. */
  file?: string;
}

/** Why a contact has no details, in a few words: its entry could not be read, or there is none. */
export function missingContactWords(contact: ContactView): string {
  return contact.unreadable ? `its entry in ${CONTACTS_FILE} could not be read` : `not in ${CONTACTS_FILE}`;
}

/** `broken`: ids written on entries of contacts.yaml that could not be read (Library.brokenContactIds). */
export function contactView(id: string, contacts: Map<string, Contact>, broken?: ReadonlySet<string>): ContactView {
  const c = contacts.get(id);
  if (!c) return { id, known: false, ...(broken?.has(id) ? { unreadable: true } : {}), name: id, alternates: [] };
  return {
    id,
    known: true,
    name: c.name,
    role: c.role,
    phone: c.phone,
    email: c.email,
    reach: c.reach,
    hours: c.hours,
    notes: c.notes,
    verified: c.verified,
    alternates: (c.alternates ?? []).map((a) => {
      const alt = contacts.get(a);
      return { id: a, name: alt?.name ?? a, phone: alt?.phone };
    }),
  };
}

function systemView(id: string, systems: Map<string, System>): SystemView {
  const s = systems.get(id);
  return s ? { id, known: true, name: s.name, rto: s.rto, rpo: s.rpo } : { id, known: false, name: id };
}

export function runbookView(library: Library, entry: Loaded<Runbook> | Runbook): RunbookView {
  const runbook = 'value' in entry ? entry.value : entry;
  const contacts = contactMap(library);
  const systems = systemMap(library);
  const ids = stepIndexById(runbook);
  const every = runbook.review_every_months ?? DEFAULT_REVIEW_MONTHS;
  const steps: StepView[] = runbook.steps.map((step, index) => {
    const view: StepView = {
      number: index + 1,
      id: stepIdAt(runbook, index),
      kind: step.kind,
      text: stepText(step),
      phase: step.phase,
      contacts: stepContacts(step).map((c) => contactView(c, contacts, library.brokenContactIds)),
      branches: edgesOf(runbook, index, ids).map((edge) => ({
        kind: edge.kind,
        label: edge.label,
        target:
          edge.target.kind === 'step'
            ? { kind: 'step', number: edge.target.index + 1, id: stepIdAt(runbook, edge.target.index) }
            : edge.target,
      })),
    };
    switch (step.kind) {
      case 'action':
        view.why = step.why;
        view.warning = step.warning;
        break;
      case 'decision':
        view.why = step.why;
        break;
      case 'check':
        view.command = step.run;
        view.timeout = step.timeout;
        break;
      default:
        assertNever(step, 'step');
    }
    return view;
  });
  return {
    id: runbook.id,
    title: runbook.title,
    summary: runbook.summary,
    source: runbook.source,
    owner: runbook.owner ? contactView(runbook.owner, contacts, library.brokenContactIds) : undefined,
    reviewed: runbook.reviewed,
    reviewEveryMonths: every,
    reviewDue: runbook.reviewed ? addMonths(runbook.reviewed, every) : undefined,
    warnings: runbook.warnings ?? [],
    notify: (runbook.notify ?? []).map((c) => contactView(c, contacts, library.brokenContactIds)),
    notifyAfter: runbook.notify_after !== undefined ? mapNumber(ids.get(runbook.notify_after)) : undefined,
    keywords: runbook.keywords ?? [],
    systems: (runbook.systems ?? []).map((s) => systemView(s, systems)),
    steps,
    file: 'value' in entry ? entry.file.displayPath : undefined,
  };
}

const mapNumber = (index: number | undefined) => (index === undefined ? undefined : index + 1);

/** When the notify list is told, in the words every view uses: "before step 1", "once step 1 is done". */
export function notifyWhen(view: RunbookView): string {
  return view.notifyAfter === undefined ? 'before step 1' : `once step ${view.notifyAfter} is done`;
}

/**
 * Everyone the runbook says to tell or call, once each, in order of first
 * mention: its notify list, then the contacts of its steps (only the steps in
 * `reached`, when given: the walk's end screen names those it came to).
 */
export function contactsOfRunbook(view: RunbookView, reached?: ReadonlySet<string>): ContactView[] {
  const seen = new Map<string, ContactView>();
  const steps = reached ? view.steps.filter((s) => reached.has(s.id)) : view.steps;
  for (const c of [...view.notify, ...steps.flatMap((s) => s.contacts)]) if (!seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
}
