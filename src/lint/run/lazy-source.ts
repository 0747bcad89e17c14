// A runbook file linted in a worker thread, seen from the main thread: its
// text is read, and its YAML parsed, only if a finding needs a position or a
// source line from it (most files of a clean library never do).
import type { Position } from '../../library/problem.js';
import { readYamlFile } from '../../library/read-yaml.js';
import type { Path, SourceFile } from '../../library/source-file.js';

export class LazySourceFile implements SourceFile {
  private parsed: SourceFile | undefined;
  private read = false;
  constructor(
    readonly displayPath: string,
    readonly absolutePath: string,
  ) {}

  /** Read and parsed at most once; a file gone since the worker read it leaves positions at the top of the file. */
  private get file(): SourceFile | undefined {
    if (!this.read) {
      this.read = true;
      this.parsed = readYamlFile(this.absolutePath, this.displayPath).file;
    }
    return this.parsed;
  }

  get text(): string {
    return this.file?.text ?? '';
  }

  locate(path: Path, options?: { key?: boolean }): Position {
    return this.file?.locate(path, options) ?? { line: 1, col: 1 };
  }

  lineText(line: number): string {
    return this.file?.lineText(line) ?? '';
  }
}
