// A runbook file linted in a worker thread, seen from the main thread: its
// text is read, and its YAML parsed, only if a finding needs a position or a
// source line from it (most files of a clean library never do).
import { readFileSync } from 'node:fs';
import type { Position } from '../library/problem.js';
import { parseYamlText } from '../library/read-yaml.js';
import type { Path, SourceFile } from '../library/source-file.js';

export class LazySourceFile implements SourceFile {
  private parsed: SourceFile | undefined;
  constructor(
    readonly displayPath: string,
    readonly absolutePath: string,
  ) {}

  private get file(): SourceFile | undefined {
    if (!this.parsed) {
      let text = '';
      try {
        text = readFileSync(this.absolutePath, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        // Gone since the worker read it: positions fall back to the top of the file.
      }
      this.parsed = parseYamlText(text, this.absolutePath, this.displayPath).file;
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
