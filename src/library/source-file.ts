import type { Position } from './problem.js';

export type Path = ReadonlyArray<string | number>;

/** A library file as commands see it: its name, its text, and where its values were written. */
export interface SourceFile {
  /** The path as shown to people: relative to the working folder when inside it. */
  readonly displayPath: string;
  readonly absolutePath: string;
  readonly text: string;
  /**
   * Where the value at `path` was written (1-based). `key: true` points at
   * the key of the last path element. A path past the tree points at the
   * deepest node that exists.
   */
  locate(path: Path, options?: { key?: boolean }): Position;
  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string;
}
