// A prompter that answers from a list, by choice name, and keeps what it was
// asked: the drivers that ask a person (the walk, the facilitator console)
// tested without a terminal. A checkbox reply is the names to tick, joined
// by " + " ("" ticks none); an input reply of undefined takes the default.
// ESC is the Esc key: it does at a list and a text prompt what it does at a
// terminal (src/walk/drivers/prompter.ts), and `asked` says what it would do.
import {
  SEPARATOR,
  type CheckboxChoice,
  type Prompter,
  type PromptChoice,
  type SelectOptions,
} from '../../src/walk/drivers/prompter.js';

export interface Asked {
  kind: string;
  message: string;
  choices?: string[];
  /** What Esc does at this list: answers with the choice named, or shows it first ("show: ..."). */
  escape?: string;
}

/** The Esc key, as a reply. */
export const ESC = '<Esc>';

export function scriptedPrompter(replies: Array<string | undefined>) {
  const asked: Asked[] = [];
  const reply = () => {
    if (replies.length === 0) throw new Error('the test gave no reply for this prompt');
    return replies.shift();
  };
  const text = () => {
    const next = reply();
    if (next === undefined) throw new Error('the test gave no text for this prompt');
    return next;
  };
  const real = <V>(choices: Array<PromptChoice<V> | typeof SEPARATOR>) =>
    choices.filter((c): c is PromptChoice<V> => c !== SEPARATOR);
  const prompter: Prompter = {
    async select<V>(
      message: string,
      choices: Array<PromptChoice<V> | typeof SEPARATOR>,
      options: SelectOptions<V> = {},
    ) {
      const offered = real(choices);
      const { escape: onEscape } = options;
      const way =
        onEscape && offered.find((c) => c.value === ('answer' in onEscape ? onEscape.answer : onEscape.showBack));
      asked.push({
        kind: 'select',
        message,
        choices: offered.map((c) => c.name),
        ...(onEscape && way ? { escape: 'answer' in onEscape ? way.name : `show: ${way.name}` } : {}),
      });
      let name = text();
      // Esc answers with the way back; where it takes something back, only a second Esc in a row does.
      while (name === ESC) {
        if (way && onEscape && 'answer' in onEscape) return way.value;
        name = text();
        if (name === ESC && way) return way.value;
      }
      const found = offered.find((c) => c.name === name);
      if (!found) throw new Error(`no choice "${name}" in ${offered.map((c) => c.name).join(', ')}`);
      return found.value;
    },
    async input(message, validate, defaultValue) {
      asked.push({ kind: 'input', message });
      let typed = reply() ?? defaultValue ?? '';
      // A reply the prompt's own check refuses is retried with the next reply.
      while (validate && validate(typed) !== true) typed = reply() ?? defaultValue ?? '';
      return typed;
    },
    async text(message, options) {
      asked.push({ kind: 'text', message });
      let typed = reply();
      while (typed !== ESC && options.validate && options.validate(typed ?? options.draft ?? '') !== true)
        typed = reply();
      if (typed === ESC) return undefined;
      return typed === undefined || typed === '' ? (options.draft ?? '') : typed;
    },
    async search<V>(message: string, source: (term: string) => Array<PromptChoice<V>>) {
      const found = source(text());
      asked.push({ kind: 'search', message, choices: found.map((c) => c.name) });
      if (!found[0]) throw new Error(`nothing found for the search "${message}"`);
      return found[0].value;
    },
    async confirm(message) {
      asked.push({ kind: 'confirm', message });
      return text() === 'yes';
    },
    async checkbox<V>(message: string, choices: Array<CheckboxChoice<V> | typeof SEPARATOR>) {
      const offered = real(choices);
      asked.push({ kind: 'checkbox', message, choices: offered.map((c) => c.name) });
      const names = text().split(' + ').filter(Boolean);
      return names.map((name) => {
        const found = offered.find((c) => c.name === name);
        if (!found) throw new Error(`no choice "${name}" in ${offered.map((c) => c.name).join(', ')}`);
        return found.value;
      });
    },
  };
  return { prompter, asked };
}
