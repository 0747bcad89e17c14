// Judging a reference to a contact or system id: known, broken (its own error
// says why), or unknown, with the nearest known id as a suggestion.
import { didYouMean } from '../text/suggest.js';
import type { IdSet } from './rule.js';

/** The message for an id that names nothing, or undefined when the reference is fine or cannot be judged. */
export function unknownReference(id: string, set: IdSet, noun: string, file: string): string | undefined {
  if (set.state === 'broken' || set.ids.has(id) || set.broken.has(id)) return undefined;
  if (set.state === 'absent') return `unknown ${noun} "${id}": the library has no ${file} to define it`;
  return `unknown ${noun} "${id}"${didYouMean(id, set.ids)}`;
}
