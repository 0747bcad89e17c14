// What a runbook must be for a walk to follow it without guessing. The loader
// checks each value's form; these are the few facts about the whole runbook
// the engine relies on. `coop lint` reports them too, with everything else;
// here they stop an incident before step 1 instead of in the middle of it.
import { edgesOf, END, stepIdAt, stepIndexById } from '../format/flow.js';
import type { Runbook } from '../format/model.js';

export interface WalkProblem {
  /** Path inside the runbook file, for `file.locate`. */
  path: Array<string | number>;
  message: string;
}

export function walkProblems(runbook: Runbook): WalkProblem[] {
  const problems: WalkProblem[] = [];
  const seen = new Map<string, number>();
  const ids = stepIndexById(runbook);
  runbook.steps.forEach((step, index) => {
    const id = stepIdAt(runbook, index);
    const where = ['steps', index, ...(step.id !== undefined ? ['id'] : [])];
    // A journal names steps by id, and `next: end` finishes: both must be unambiguous.
    if (id === END)
      problems.push({
        path: where,
        message: `step ${index + 1} is called "end", which "next: end" uses to finish the runbook; rename the step`,
      });
    const first = seen.get(id);
    if (first !== undefined)
      problems.push({
        path: where,
        message: `steps ${first + 1} and ${index + 1} are both called "${id}"; give each step its own id`,
      });
    else seen.set(id, index);

    if ('ask' in step) {
      if (step.choices.length === 0)
        problems.push({
          path: ['steps', index, 'choices'],
          message: `the question of step ${id} has no answers to choose from`,
        });
      const answers = new Map<string, number>();
      step.choices.forEach((choice, c) => {
        const key = choice.answer.trim().toLowerCase();
        if (answers.has(key))
          problems.push({
            path: ['steps', index, 'choices', c, 'answer'],
            message: `step ${id} offers the answer "${choice.answer}" twice (answers are matched without regard to case)`,
          });
        answers.set(key, c);
      });
    }
    for (const edge of edgesOf(runbook, index, ids)) {
      if (edge.target.kind === 'unknown')
        problems.push({
          path: ['steps', index, ...(edge.field ?? [])],
          message: `step ${id} leads to "${edge.target.name}", which is not a step of this runbook (the ids are: ${[...new Set(runbook.steps.map((_, i) => stepIdAt(runbook, i)))].join(', ')})`,
        });
    }
  });
  return problems;
}
