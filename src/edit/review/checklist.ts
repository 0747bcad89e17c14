// The review at a terminal: each item shown with what is needed to judge it,
// and one question, "still right?". A contact can also be called there and
// then, which dates their details as verified.
import { safeLine } from '../../text/sanitize.js';
import type { Style } from '../../text/style.js';
import { wrapUnder } from '../../text/wrap.js';
import type { Prompter } from '../../walk/drivers/prompter.js';
import type { ReviewAnswer } from './answers.js';
import type { ReviewItem } from './items.js';

type Choice = ReviewAnswer['answer'];

/**
 * Asks about every item `known` does not answer yet; returns every answer, in the items' order. Each item
 * is broken between words within `width` columns, its details indented under it.
 */
export async function askReview(
  items: readonly ReviewItem[],
  known: ReadonlyMap<string, ReviewAnswer>,
  prompter: Prompter,
  write: (text: string) => unknown,
  style: Style,
  width: number,
): Promise<Map<string, ReviewAnswer>> {
  const answers = new Map<string, ReviewAnswer>();
  for (const [n, item] of items.entries()) {
    const given = known.get(item.key);
    if (given) {
      answers.set(item.key, given);
      continue;
    }
    const counter = `${n + 1}/${items.length}  `;
    const [first = '', ...rest] = wrapUnder(safeLine(item.text), width, counter, ' '.repeat(counter.length));
    const lines = [
      style.dim(counter) + style.bold(first.slice(counter.length)),
      ...rest.map((l) => style.bold(l)),
      ...item.details.flatMap((d) => wrapUnder(safeLine(d), width, '    ', '      ').map((l) => style.dim(l))),
    ];
    write(`\n${lines.join('\n')}\n`);
    answers.set(item.key, await answerOf(item, prompter));
  }
  return answers;
}

/** One item's answer. "Needs a change" chosen by mistake: Enter alone at "What needs changing?" asks again. */
async function answerOf(item: ReviewItem, prompter: Prompter): Promise<ReviewAnswer> {
  for (;;) {
    const choice = await prompter.select<Choice>('Still right?', [
      { name: 'Yes', value: 'ok' },
      ...(item.kind === 'contact'
        ? [
            {
              name: 'Called to verify: the details are right',
              value: 'verified' as const,
              description: 'Sets their verified: date to today in contacts.yaml.',
            },
          ]
        : []),
      { name: 'Needs a change', value: 'change', description: 'Say what; it stays open until the runbook changes.' },
      { name: 'Skip', value: 'skip', description: 'Not looked at in this review.' },
    ]);
    if (choice !== 'change') return { answer: choice };
    const note = (await prompter.input('What needs changing? (Enter alone goes back)')).trim();
    if (note) return { answer: 'change', note };
  }
}
