// A YAML file as read from disk, kept so that any value of it can be traced
// back to its line and column long after it was turned into plain data.
import { LineTable } from './line-table.js';
import type { Position } from './problem.js';
import type { Path, SourceFile } from './source-file.js';

/**
 * Finds where the node at a path was written, as offsets into the text: the
 * yaml package's node ranges, from either reader (document-locator.ts for
 * yaml's documents, range-index.ts for the fast reader's).
 */
export interface NodeLocator {
  /**
   * [start, end) of the value at `path`, or of its key with `key`. An empty
   * value (`key:`) has no text of its own: its key instead. A path that runs
   * past the tree gives the deepest node that exists; undefined when the file
   * has no root node at all.
   */
  rangeAt(path: Path, key: boolean): readonly [number, number] | undefined;
}

/** A file that was read, and can say where each of its values was written. */
export class YamlSourceFile implements SourceFile {
  private readonly lines: LineTable;
  constructor(
    /** The path as shown to people: relative to the working folder when inside it. */
    readonly displayPath: string,
    readonly absolutePath: string,
    readonly text: string,
    private readonly locator: NodeLocator | undefined,
  ) {
    this.lines = new LineTable(text);
  }

  position(offset: number): Position {
    return this.lines.position(offset);
  }

  locate(path: Path, options: { key?: boolean } = {}): Position {
    const range = this.locator?.rangeAt(path, options.key ?? false);
    if (!range) return { line: 1, col: 1 };
    const start = this.position(range[0]);
    const end = this.position(Math.max(range[0], range[1]));
    return { ...start, endLine: end.line, endCol: end.col };
  }

  lineText(line: number): string {
    return this.lines.lineText(line);
  }
}
