import { durationMs } from '../../format/values.js';
import { localDay } from '../../text/local-time.js';
import { formatDuration } from '../../text/duration.js';
import { plural } from '../../text/plural.js';
import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'recovery-exceeded-rto',
    severity: 'warning',
    category: 'policy',
    description:
      'An incident or drill on record took longer than the recovery time objective (rto) of a system its runbook recovers: the plan has not met it.',
    wholeLibrary: true,
  },
  library({ library, records, report }) {
    if (records.length === 0) return;
    // A second system of the same id is duplicate-system-id's to report, not judged again.
    const judged = new Set<string>();
    for (const system of library.systems) {
      const { id, rto } = system.value;
      if (rto === undefined || judged.has(id)) continue;
      judged.add(id);
      const runbooks = new Set(library.runbooks.filter((r) => r.value.systems?.includes(id)).map((r) => r.value.id));
      const late = records
        .filter((r) => runbooks.has(r.runbook) && r.durationMs > durationMs(rto))
        .sort((a, b) => b.durationMs - a.durationMs);
      const longest = late[0];
      if (!longest) continue;
      const what = `${longest.drill ? 'drill' : 'incident'} ${longest.incident} (${longest.runbook}, ${localDay(new Date(longest.startedAt))})`;
      const more =
        late.length > 1
          ? `${plural(late.length, 'incident or drill', 'incidents or drills')} on record took longer, the longest `
          : '';
      report({
        file: system.file,
        path: [...system.path, 'rto'],
        message: `system "${id}" has an RTO of ${rto}, but ${more}${what} took ${formatDuration(longest.durationMs)}; recover faster, or make the analysis again (coop bia ${id})`,
      });
    }
  },
};
