import type { Rule } from '../rule.js';

export const rule: Rule = {
  meta: {
    id: 'alternates-cycle',
    severity: 'error',
    category: 'people',
    description: 'A chain of alternates loops back to a contact already in it, so succession never ends with someone.',
  },
  library({ library, report }) {
    const contacts = library.contacts;
    const indexOf = new Map<string, number>();
    contacts.forEach((c, i) => {
      if (!indexOf.has(c.value.id)) indexOf.set(c.value.id, i);
    });
    // Depth-first search with an explicit stack (a long chain must not
    // overflow the call stack): an alternate still on the stack closes a loop.
    const state = new Uint8Array(contacts.length); // 0 unseen, 1 on the stack, 2 done
    const stackAt = new Int32Array(contacts.length);
    const stack: Array<{ node: number; next: number }> = [];
    for (let root = 0; root < contacts.length; root++) {
      if (state[root]) continue;
      state[root] = 1;
      stackAt[root] = 0;
      stack.push({ node: root, next: 0 });
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        const contact = contacts[top.node]!;
        const alternates = contact.value.alternates ?? [];
        if (top.next >= alternates.length) {
          state[top.node] = 2;
          stack.pop();
          continue;
        }
        const slot = top.next++;
        const target = indexOf.get(alternates[slot]!);
        if (target === undefined || state[target] === 2) continue;
        if (state[target] === 0) {
          state[target] = 1;
          stackAt[target] = stack.length;
          stack.push({ node: target, next: 0 });
          continue;
        }
        const at = { file: contact.file, path: [...contact.path, 'alternates', slot] };
        if (target === top.node) {
          report({
            ...at,
            message: `contact "${contact.value.id}" lists itself as its own alternate; name someone else, or nobody`,
          });
          continue;
        }
        const loop = stack.slice(stackAt[target]).map((s) => contacts[s.node]!.value.id);
        report({ ...at, message: `alternates loop: ${chain(loop)}; a chain of succession must end with someone` });
      }
    }
  },
};

/** `a → b → c → a`; a long loop is shortened so the message stays one readable line. */
function chain(loop: string[]): string {
  const shown = loop.length <= 6 ? loop : [...loop.slice(0, 3), `… (${loop.length} contacts) …`, ...loop.slice(-2)];
  return [...shown, loop[0]].join(' → ');
}
