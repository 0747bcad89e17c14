// Positions in the text of a YAML file, by line: where the line holding an
// offset starts and ends, and the column of an offset. yaml gives every node
// its range as offsets; an edit of the file works in whole lines around them.

export class SourceLines {
  /** The line ending the file uses: CRLF when any line ends so, else LF. */
  readonly eol: '\n' | '\r\n';

  constructor(readonly text: string) {
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** Where the line holding `offset` starts. */
  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The column of `offset`, 0 for the first character of its line. */
  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** What stands on the line before `offset`. */
  before(offset: number): string {
    return this.text.slice(this.lineStart(offset), offset);
  }

  /**
   * Where the line holding the last character before `end` ends, before its
   * line break (CR LF or LF): a node's range ends after its last character,
   * and a block scalar's after its line break.
   */
  lineEnd(end: number): number {
    let at = this.text.indexOf('\n', Math.max(0, end - 1));
    if (at === -1) at = this.text.length;
    return this.text[at - 1] === '\r' ? at - 1 : at;
  }

  /** The start of the first line after the one ending at `lineEnd` that holds more than spaces (the text's end when none does). */
  nextFilledLine(lineEnd: number): number {
    let at = this.text.indexOf('\n', lineEnd);
    while (at !== -1) {
      const next = this.text.indexOf('\n', at + 1);
      const line = this.text.slice(at + 1, next === -1 ? undefined : next);
      if (line.trim() !== '') return at + 1;
      at = next;
    }
    return this.text.length;
  }
}
