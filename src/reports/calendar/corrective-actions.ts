// The improvement plan's open corrective actions in `coop calendar`, each on
// its due day (one already past is dated today), until improvements.yaml
// names the change that closed it.
import { correctiveActionsOf } from '../status/exercises.js';
import { type CalendarProvider, notBefore, uidOf } from './items.js';

export const correctiveActionsDue: CalendarProvider = ({ library, today, plan }) =>
  correctiveActionsOf(library, today)
    .filter((a) => a.status !== 'closed')
    .map((a) => ({
      uid: uidOf(plan, 'corrective-action', a.id),
      day: notBefore(a.due, today),
      summary: `Corrective action due (${a.runbook}): ${a.action}`,
      description: `${a.id}${a.exercise ? `, from exercise ${a.exercise}` : ''}; owner ${a.owner.name}; due ${a.due}. Done? Add closed: { on: YYYY-MM-DD, change: the change that did it } to it in ${a.file}.`,
      category: 'corrective-action',
    }));
