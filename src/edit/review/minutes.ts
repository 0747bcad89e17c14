// The minutes of a review, in Markdown: who signed off what and when, what
// needs a change (the follow-up), who was called to verify, and every item
// with its answer, for the plan's records and ITEC 5300's "maintained". Set
// to a width (src/text/markdown-lines.ts), so that they read as they are, on
// a terminal or in a file, and the same rendered: a long item is broken at
// spaces under its text, where a table's row could only run past the edge.
import { escapeMarkdownInline as inline } from '../../text/escape.js';
import { markdownHeading, markdownItem } from '../../text/markdown-lines.js';
import { plural } from '../../text/plural.js';
import type { ReviewRecord } from '../../journal/review-record.js';

const ANSWER_WORDS = { ok: 'still right', change: 'needs a change', skip: 'skipped', verified: 'called: verified' };

export function reviewMinutes(record: ReviewRecord, title: string, recordFile: string, width: number): string {
  const changes = record.items.filter((i) => i.answer === 'change');
  const verified = record.items.filter((i) => i.answer === 'verified');
  const skipped = record.items.filter((i) => i.answer === 'skip');
  const verdict =
    changes.length === 0
      ? `clean: every item looked at is still right${skipped.length ? ` (${plural(skipped.length, 'item')} skipped)` : ''}`
      : `${plural(changes.length, 'item')} ${changes.length === 1 ? 'needs' : 'need'} a change; the review counts as clean once the runbook is changed and reviewed again`;
  const item = (text: string, indent?: string) => markdownItem(text, width, indent);
  const out = [
    ...markdownHeading(`Review of ${inline(title)} (${inline(record.runbook)})`, 1, width),
    '',
    ...item(`Reviewed and signed off: ${record.day} by ${inline(record.person)}`),
    ...item(`File: ${inline(record.runbookFile)} (${record.runbookHash})`),
    ...item(`Result: ${verdict}`),
    ...item(`Record: ${inline(recordFile)}`),
    '',
  ];
  if (changes.length) {
    out.push('## Needs a change', '');
    for (const change of changes)
      out.push(...item(inline(change.text)), ...item(`Change: ${inline(change.note ?? '')}`, '  '));
    out.push('');
  }
  if (verified.length) {
    out.push('## Contacts called and verified', '');
    for (const contact of verified) out.push(...item(`${inline(contact.text)}: verified ${record.day}`));
    out.push('');
  }
  out.push('## Every item', '');
  for (const each of record.items) out.push(...item(`${inline(each.text)} (${ANSWER_WORDS[each.answer]})`));
  return `${out.join('\n')}\n`;
}
