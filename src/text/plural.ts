/** `1 choice`, `2 choices`; `pluralNoun` for the irregular ones. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
