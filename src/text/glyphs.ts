// The few symbols coop draws (ticks, arrows, rules, separators) need a
// terminal that shows Unicode. Under LANG=C (or any locale that names
// another character set) or TERM=dumb they would come out as question
// marks or bytes of nonsense, so coop draws ASCII there. An unset locale
// says nothing about the terminal: Unicode, as modern terminals show it.

/** Each symbol coop draws, and what stands for it in ASCII. */
const ASCII_FOR: Record<string, string> = {
  '✔': '+',
  '✘': 'x',
  '↷': '>',
  '─': '-',
  '·': '-',
  '•': '*',
  '→': '->',
  '…': '...',
  '❯': '>',
  // The keys a prompt's help line names.
  '↑↓': 'up/down',
  '↑': 'up',
  '↓': 'down',
  '⏎': 'enter',
};
// Longest first, so that a pair of arrows is read as one.
const DRAWN = new RegExp(
  Object.keys(ASCII_FOR)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'g',
);

/** `text` with coop's symbols in ASCII. */
export function asciiGlyphs(text: string): string {
  return text.replace(DRAWN, (glyph) => ASCII_FOR[glyph]!);
}

/** Whether the terminal can be trusted to show Unicode: no TERM=dumb, and a locale (LC_ALL, LC_CTYPE, LANG, first set wins) in UTF-8 if one is set. */
export function wantsUnicode(env: NodeJS.ProcessEnv): boolean {
  if (env.TERM === 'dumb') return false;
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return !locale || /utf-?8/i.test(locale);
}
