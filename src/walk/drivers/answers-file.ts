// Reads an --answers file (YAML or JSON, which is YAML too) with the
// library's own reader, so its errors carry file:line:col like every other.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayPathOf } from '../../library/paths.js';
import { formatProblem } from '../../library/problem.js';
import { readYamlFile } from '../../library/read-yaml.js';
import type { Runbook } from '../../format/model.js';
import { safeLine } from '../../text/sanitize.js';
import { UserError } from '../../system/errors.js';
import { parseAnswers, type Answers } from './answers.js';

export function readAnswersFile(path: string, runbook: Runbook, cwd: string): Answers {
  if (path === '') throw new UserError('--answers is empty; give the answers file, like --answers answers.yaml');
  const absolute = resolve(cwd, path);
  const display = displayPathOf(absolute, cwd);
  const read = readYamlFile(absolute, display);
  const first = read.problems[0];
  if (first) {
    if (first.code === 'wrong-type' && read.file && read.file.text.trim() === '')
      throw new UserError(`${display}: is empty; write one line per step, like "shut-down-computers: done"`);
    // The reader's words for a folder are a library's ("a runbook is one .yaml file").
    if (first.code === 'file-unreadable' && statSync(absolute, { throwIfNoEntry: false })?.isDirectory())
      throw new UserError(
        `answers file ${display} is a folder; give the answers file, a .yaml file in it or elsewhere`,
      );
    throw new UserError(`answers file ${safeLine(formatProblem(first))}`);
  }
  return parseAnswers(read.data, read.file!, runbook);
}
