// An exercise resolved against its library, as runbookView resolves a
// runbook: each inject with the runbook steps it expects (numbered, in the
// runbook's words), each objective with the injects that exercise it, each
// participant with their contact. The console, the report and the status
// page read this one model.
import { stepIdAt } from '../format/flow.js';
import { stepText } from '../format/model.js';
import type { Exercise, ParticipantRole } from '../format/exercise-schema.js';
import { contactMap, findRunbook, type Library, type Loaded } from './library.js';
import { contactView, type ContactView } from './view.js';

export interface ExpectedStepView {
  runbook: string;
  id: string;
  /** Its number in the runbook, and its words; absent when the runbook no longer has it. */
  number?: number;
  text?: string;
}

export interface InjectView {
  id: string;
  /** 1, 2, 3... in the order of the exercise. */
  number: number;
  /** Scenario time, HH:MM. */
  at: string;
  from?: string;
  text: string;
  expected: string;
  /** The runbook whose steps it expects, when it is known which. */
  runbook?: string;
  steps: ExpectedStepView[];
  objectives: string[];
}

export interface ObjectiveView {
  id: string;
  text: string;
  policy: string;
  /** The ids of the injects that exercise it. */
  injects: string[];
}

export interface ParticipantView {
  role: ParticipantRole;
  name: string;
  contact?: ContactView;
}

export interface ExerciseView {
  id: string;
  title: string;
  example: boolean;
  date: string;
  scenario: string;
  file?: string;
  runbooks: Array<{ id: string; title?: string }>;
  participants: ParticipantView[];
  objectives: ObjectiveView[];
  injects: InjectView[];
}

/** The runbook an inject's steps belong to: its own, or the exercise's only one. */
export function injectRunbook(exercise: Exercise, inject: Exercise['injects'][number]): string | undefined {
  return inject.runbook ?? (exercise.runbooks.length === 1 ? exercise.runbooks[0] : undefined);
}

export function exerciseView(library: Library, entry: Loaded<Exercise>): ExerciseView {
  const exercise = entry.value;
  const contacts = contactMap(library);
  const stepOf = (runbookId: string, id: string): ExpectedStepView => {
    const runbook = findRunbook(library, runbookId)?.value;
    const index = runbook ? runbook.steps.findIndex((_, i) => stepIdAt(runbook, i) === id) : -1;
    if (!runbook || index === -1) return { runbook: runbookId, id };
    return { runbook: runbookId, id, number: index + 1, text: stepText(runbook.steps[index]!) };
  };
  return {
    id: exercise.id,
    title: exercise.title,
    example: exercise.example === true,
    date: exercise.date,
    scenario: exercise.scenario,
    file: entry.file.displayPath,
    runbooks: exercise.runbooks.map((id) => {
      const title = findRunbook(library, id)?.value.title;
      return title !== undefined ? { id, title } : { id };
    }),
    participants: exercise.participants.map((p) => ({
      role: p.role,
      name: p.name,
      ...(p.contact !== undefined ? { contact: contactView(p.contact, contacts, library.brokenContactIds) } : {}),
    })),
    objectives: exercise.objectives.map((o) => ({
      id: o.id,
      text: o.text,
      policy: o.policy,
      injects: exercise.injects.filter((i) => i.objectives.includes(o.id)).map((i) => i.id),
    })),
    injects: exercise.injects.map((inject, index) => {
      const runbook = injectRunbook(exercise, inject);
      const view: InjectView = {
        id: inject.id,
        number: index + 1,
        at: inject.at,
        text: inject.text,
        expected: inject.expected,
        steps: runbook === undefined ? [] : (inject.steps ?? []).map((id) => stepOf(runbook, id)),
        objectives: inject.objectives,
      };
      if (inject.from !== undefined) view.from = inject.from;
      if (runbook !== undefined) view.runbook = runbook;
      return view;
    }),
  };
}
