// A prompter that answers from a list, by choice name, and keeps what it was
// asked: the drivers that ask a person (the walk, the facilitator console)
// tested without a terminal. A checkbox reply is the names to tick, joined
// by " + " ("" ticks none); an input reply of undefined takes the default.
import { SEPARATOR, type CheckboxChoice, type Prompter, type PromptChoice } from '../../src/walk/drivers/prompter.js';

export interface Asked {
  kind: string;
  message: string;
  choices?: string[];
}

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
    async select<V>(message: string, choices: Array<PromptChoice<V> | typeof SEPARATOR>) {
      const offered = real(choices);
      asked.push({ kind: 'select', message, choices: offered.map((c) => c.name) });
      const name = text();
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
    async text(message, validate) {
      return prompter.input(message, validate);
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
