// The review's questions at a terminal: "Needs a change" chosen by mistake is
// no trap (an empty answer was refused, and only Ctrl-C, losing the whole
// review, got a person out).
import { describe, expect, it } from 'vitest';
import { askReview } from '../../src/edit/review/checklist.js';
import type { ReviewItem } from '../../src/edit/review/items.js';
import { plainStyle } from '../../src/text/style.js';
import { scriptedPrompter } from '../helpers/scripted-prompter.js';

const items: ReviewItem[] = [
  { key: 'step:shut-down-computers', kind: 'step', text: 'Shut off all computer hardware.', details: [] },
  { key: 'step:power-down-servers', kind: 'step', text: 'Power down the servers.', details: [] },
];

describe('askReview', () => {
  it('Enter alone at "What needs changing?" asks the item again; a note is kept', async () => {
    const { prompter, asked } = scriptedPrompter(['Needs a change', '', 'Yes', 'Needs a change', ' Name the room ']);
    const answers = await askReview(items, new Map(), prompter, () => undefined, plainStyle, 80);
    expect([...answers]).toEqual([
      ['step:shut-down-computers', { answer: 'ok' }],
      ['step:power-down-servers', { answer: 'change', note: 'Name the room' }],
    ]);
    expect(asked.map((a) => a.message)).toEqual([
      'Still right?',
      'What needs changing? (Enter alone goes back)',
      'Still right?',
      'Still right?',
      'What needs changing? (Enter alone goes back)',
    ]);
  });
});
