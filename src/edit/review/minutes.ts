// The minutes of a review, in Markdown: who signed off what and when, what
// needs a change (the follow-up), who was called to verify, and every item
// with its answer, for the plan's records and ITEC 5300's "maintained".
import { escapeMarkdownInline as inline } from '../../text/escape.js';
import { plural } from '../../text/plural.js';
import type { ReviewRecord } from '../../journal/review-record.js';

const ANSWER_WORDS = { ok: 'still right', change: 'needs a change', skip: 'skipped', verified: 'called: verified' };

export function reviewMinutes(record: ReviewRecord, title: string, recordFile: string): string {
  const changes = record.items.filter((i) => i.answer === 'change');
  const verified = record.items.filter((i) => i.answer === 'verified');
  const skipped = record.items.filter((i) => i.answer === 'skip');
  const verdict =
    changes.length === 0
      ? `clean: every item looked at is still right${skipped.length ? ` (${plural(skipped.length, 'item')} skipped)` : ''}`
      : `${plural(changes.length, 'item')} ${changes.length === 1 ? 'needs' : 'need'} a change; the review counts as clean once the runbook is changed and reviewed again`;
  const out = [
    `# Review of ${inline(title)} (${inline(record.runbook)})`,
    '',
    `- Reviewed and signed off: ${record.day} by ${inline(record.person)}`,
    `- File: ${inline(record.runbookFile)} (${record.runbookHash})`,
    `- Result: ${verdict}`,
    `- Record: ${inline(recordFile)}`,
    '',
  ];
  if (changes.length) {
    out.push('## Needs a change', '');
    for (const item of changes) out.push(`- ${inline(item.text)} Change: ${inline(item.note ?? '')}`);
    out.push('');
  }
  if (verified.length) {
    out.push('## Contacts called and verified', '');
    for (const item of verified) out.push(`- ${inline(item.text)}: verified ${record.day}`);
    out.push('');
  }
  out.push('## Every item', '', '| Item | Answer |', '|---|---|');
  for (const item of record.items)
    out.push(`| ${inline(item.text).replace(/\|/g, '\\|')} | ${ANSWER_WORDS[item.answer]} |`);
  return `${out.join('\n')}\n`;
}
