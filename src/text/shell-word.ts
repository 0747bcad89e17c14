// Words coop prints for a person to type (issue: everything printed to type
// must work exactly as printed): a path with a space or a quote in it must
// reach the next command as one argument, unchanged.

/**
 * `s` as one word a POSIX shell reads back unchanged: bare when every
 * character is one no shell treats specially, else in single quotes, where
 * only a single quote itself needs care (close, escaped quote, reopen).
 */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
