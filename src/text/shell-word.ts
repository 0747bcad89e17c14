// A word of a command line as a POSIX shell reads it: as it is when it holds
// nothing the shell treats specially, else in single quotes. Everything coop
// prints for a person to type must work exactly as printed.
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
