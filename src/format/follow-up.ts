// Follow-up policy for the improvement plan: a corrective action is open
// until it names the change that closed it, and overdue once its due day is
// before today (due today is still on time), as a review is.

export type ImprovementStatus = 'open' | 'overdue' | 'closed';

export function improvementStatus(action: { due: string; closed?: unknown }, today: string): ImprovementStatus {
  if (action.closed !== undefined) return 'closed';
  return action.due < today ? 'overdue' : 'open';
}
