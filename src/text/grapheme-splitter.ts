// What sms-segments-calculator asks of `grapheme-splitter` (its one use:
// `new GraphemeSplitter().splitGraphemes(text)`), answered by unicode-segmenter,
// which keeps the current Unicode's grapheme rules in compact tables.
// grapheme-splitter (last released 2017, Unicode 10) tests each character
// against one huge function of ranges, which a short-lived process runs
// uncompiled: 5-12 ms a draft measured, and a walk measures up to four drafts
// at each update step. The build and vitest put this module in its place.
import { splitGraphemes } from 'unicode-segmenter/grapheme';

export default class GraphemeSplitter {
  splitGraphemes(text: string): string[] {
    return [...splitGraphemes(text)];
  }
}
