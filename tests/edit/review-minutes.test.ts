// The minutes of a review read right as they are (on a terminal, in a file:
// no line past the width, each item's lines under its text) and rendered
// (marked, a CommonMark renderer: the same headings and items, every word of
// each item in it, nothing the breaks turned into a list, a rule or a heading).
import { marked, type Token, type Tokens } from 'marked';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ReviewRecord } from '../../src/journal/review-record.js';
import { reviewMinutes } from '../../src/edit/review/minutes.js';
import { displayWidth } from '../../src/text/wrap.js';
import { REVIEW_RECORD } from '../helpers/review-record-sample.js';

const LONG_STEP =
  'Step 1: Shut off all computer hardware, this computer included. Before you shut this one off, open the printed binder or this plan on a phone to follow the remaining steps; the walk can be resumed later.';

const RECORD: ReviewRecord = {
  ...REVIEW_RECORD,
  runbookHash: 'sha256:6b78a521bbae3a734b735537ccf990e49cf9f99812f493b09279f61b9d45be56',
  items: [
    {
      key: 'step:shut-down-computers',
      kind: 'step',
      text: LONG_STEP,
      answer: 'change',
      note: 'Say which number to call the Director on, and who calls when she is away.',
    },
    {
      key: 'step:power-down-servers',
      kind: 'step',
      text: 'Step 2: Power down the servers in the server room.',
      answer: 'ok',
    },
    // Words that would start a list, a rule or a heading wherever a line broke before them.
    {
      key: 'step:count',
      kind: 'step',
      text: 'Step 3: Count the racks - 1. the left one, + 2. the right one; then = 3 # and > 4 in all.',
      answer: 'skip',
    },
    {
      key: 'contact:executive-director',
      kind: 'contact',
      text: 'Executive Director, Directs the response; keep informed until services are back: In person',
      answer: 'verified',
    },
  ],
};

/** The text of a token as rendered, without its markup. */
function words(token: Token): string {
  if ('tokens' in token && token.tokens) return token.tokens.map(words).join('');
  return 'text' in token ? token.text : '';
}

describe('the minutes of a review', () => {
  it("are broken at spaces within the width, each item's further lines under its text, at 80 columns", () => {
    expect(
      reviewMinutes(
        { ...RECORD, items: RECORD.items.slice(0, 2) },
        'Losing power during office hours',
        'journal/reviews/r.json',
        80,
      ),
    ).toBe(
      [
        '# Review of Losing power during office hours (power-loss)',
        '',
        '- Reviewed and signed off: 2026-11-23 by Pat Lee',
        '- File: runbooks/power-loss.yaml',
        '  (sha256:6b78a521bbae3a734b735537ccf990e49cf9f99812f493b09279f61b9d45be56)',
        '- Result: 1 item needs a change; the review counts as clean once the runbook is',
        '  changed and reviewed again',
        '- Record: journal/reviews/r.json',
        '',
        '## Needs a change',
        '',
        '- Step 1: Shut off all computer hardware, this computer included. Before you',
        '  shut this one off, open the printed binder or this plan on a phone to follow',
        '  the remaining steps; the walk can be resumed later.',
        '  - Change: Say which number to call the Director on, and who calls when she is',
        '    away.',
        '',
        '## Every item',
        '',
        '- Step 1: Shut off all computer hardware, this computer included. Before you',
        '  shut this one off, open the printed binder or this plan on a phone to follow',
        '  the remaining steps; the walk can be resumed later. (needs a change)',
        '- Step 2: Power down the servers in the server room. (still right)',
        '',
      ].join('\n'),
    );
  });

  it('render at every width from 40 to 100 columns as the same headings and items, every word in its item', () => {
    const title = 'Losing power during office hours, and what to do when the generator does not start either';
    const flat = (text: string) => text.replace(/\n/g, ' ');
    const items = (list: Token | undefined) =>
      list?.type === 'list' ? (list as Tokens.List).items.map((item) => flat(words(item.tokens[0]!))) : [];
    const expected = {
      shape: [
        `h1: Review of ${title} (power-loss)`,
        'list',
        'h2: Needs a change',
        'list',
        'h2: Contacts called and verified',
        'list',
        'h2: Every item',
        'list',
      ],
      change: [LONG_STEP, 'Change: Say which number to call the Director on, and who calls when she is away.'],
      every: [
        `${LONG_STEP} (needs a change)`,
        'Step 2: Power down the servers in the server room. (still right)',
        'Step 3: Count the racks - 1. the left one, + 2. the right one; then = 3 # and > 4 in all. (skipped)',
        'Executive Director, Directs the response; keep informed until services are back: In person (called: verified)',
      ],
    };
    const faults: string[] = [];
    for (let width = 40; width <= 100; width++) {
      const minutes = reviewMinutes(RECORD, title, 'journal/reviews/r.json', width);
      // Only the hash, a word of 73 characters, is wider than a line may be.
      const wide = minutes.split('\n').filter((line) => displayWidth(line) > width && !line.includes('sha256:'));
      const tokens = marked.lexer(minutes).filter((t) => t.type !== 'space');
      const change = (tokens[3] as Tokens.List | undefined)?.items[0];
      const got = {
        shape: tokens.map((t) => (t.type === 'heading' ? `h${t.depth}: ${flat(words(t))}` : t.type)),
        change: change ? [flat(words(change.tokens[0]!)), ...items(change.tokens.find((t) => t.type === 'list'))] : [],
        every: items(tokens[7]),
      };
      if (wide.length > 0) faults.push(`${width}: wider than the width: ${wide.join(' | ')}`);
      if (!isDeepStrictEqual(got, expected)) faults.push(`${width}: rendered as ${JSON.stringify(got)}`);
    }
    expect(faults).toEqual([]);
  });
});
