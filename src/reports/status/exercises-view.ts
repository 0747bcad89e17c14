// How `coop status` shows the improvement plan: each corrective action not
// closed, overdue ones first, with who sees to it and by when, and what to do
// once it is done. Closed ones are counted, not listed.
import { safeLine } from '../../text/sanitize.js';
import type { Style } from '../../text/style.js';
import { textTable } from '../../text/table.js';
import type { PlanStatusReport } from './model.js';

/** `width`: the terminal's, and `prose` its words set to it (see renderStatusText). */
export function correctiveActionLines(
  report: PlanStatusReport,
  style: Style,
  width: number | undefined,
  prose: (text: string, first: string, rest: string) => string[],
): string[] {
  const actions = report.correctiveActions;
  if (actions.length === 0) return [];
  const open = actions
    .filter((a) => a.status !== 'closed')
    .sort((a, b) => Number(b.status === 'overdue') - Number(a.status === 'overdue') || a.due.localeCompare(b.due));
  const closed = actions.length - open.length;
  const out = prose(`Corrective actions (${safeLine(actions[0]!.file)}):`, '', '  ').map((l) => style.bold(l));
  if (open.length === 0) out.push(`  All ${closed} closed.`);
  else {
    out.push(
      ...textTable(
        ['ACTION', 'STATUS', 'DUE', 'OWNER', 'RUNBOOK', 'WHAT'],
        open.map((a) => [a.id, a.status === 'overdue' ? 'OVERDUE' : 'open', a.due, a.owner.name, a.runbook, a.action]),
        style,
        { width: width === undefined ? undefined : width - 2, shrink: 5 },
      ).map((l) => `  ${l}`),
    );
    if (closed) out.push(`  And ${closed} closed.`);
    // What to write into the file on a line of its own, whole, as a command to type would be.
    out.push(
      ...prose('Done? Add this line to the action in improvements.yaml:', '  ', '  ').map((l) => style.dim(l)),
      style.dim('    closed: { on: YYYY-MM-DD, change: the change that did it }'),
    );
  }
  return [...out, ''];
}
