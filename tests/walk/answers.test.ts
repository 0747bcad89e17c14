import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/walk/drivers/answers.js';
import { readAnswersFile } from '../../src/walk/drivers/answers-file.js';
import type { SourceFile } from '../../src/library/source-file.js';
import { findRunbook } from '../../src/library/library.js';
import { MAX_KEYS_PER_MAPPING } from '../../src/library/limits.js';
import { loadLibrary } from '../../src/library/load.js';
import { FIXTURES, REPO_ROOT, SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { fixtureRunbook } from './walk-fixtures.js';

const DIR = join(FIXTURES, 'walk', 'answers');
const read = (name: string) => readAnswersFile(join(DIR, name), fixtureRunbook('every-kind'), REPO_ROOT);
const answersOf = (name: string) => Object.fromEntries(read(name).byStep);

describe('reading an answers file', () => {
  it('takes every form of answer in YAML', () => {
    expect(answersOf('every-form.yaml')).toEqual({
      'tell-director': { list: false, answers: [{ kind: 'done' }] },
      'mail-down': {
        list: true,
        answers: [
          { kind: 'answer', answer: 'Not sure' },
          { kind: 'answer', answer: 'Yes' },
          { kind: 'answer', answer: 'No', note: 'Mail came back by itself' },
        ],
      },
      'check-files': { list: false, answers: [{ kind: 'skip', reason: 'Nobody has the key' }] },
      'ping-mail': { list: false, answers: [{ kind: 'outcome', outcome: 'failed' }] },
      'call-helpdesk': { list: false, answers: [{ kind: 'skip', reason: 'they are closed' }] },
    });
  });

  it('takes JSON too, with done: true, true for done, and outcome: run', () => {
    expect(answersOf('every-form.json')).toEqual({
      'tell-director': { list: false, answers: [{ kind: 'done', note: 'Told in person' }] },
      'mail-down': { list: false, answers: [{ kind: 'answer', answer: 'Not sure' }] },
      'ping-mail': { list: false, answers: [{ kind: 'run' }] },
      'call-helpdesk': { list: false, answers: [{ kind: 'done' }] },
    });
  });

  it('reads an unquoted yes (a YAML 1.1 boolean) as the answer Yes', () => {
    const loop = fixtureRunbook('loop');
    expect(parseAnswers({ back: true }, fakeFile(), loop).byStep.get('back')).toEqual({
      list: false,
      answers: [{ kind: 'answer', answer: 'Yes' }],
    });
  });

  const FILE = 'tests/fixtures/walk/answers';
  it.each([
    [
      'unknown-step.yaml',
      `${FILE}/unknown-step.yaml:2:1: "mail-dwon" is not a step of every-kind; did you mean "mail-down"?`,
    ],
    [
      'not-a-choice.yaml',
      `${FILE}/not-a-choice.yaml:2:12: mail-down: "Maybe" is not an answer; it accepts "Yes", "No", "Not sure"`,
    ],
    [
      'skip-without-reason.yaml',
      `${FILE}/skip-without-reason.yaml:1:16: tell-director: a skip needs a reason, like "skip: the room is locked"`,
    ],
    [
      'wrong-kind.yaml',
      `${FILE}/wrong-kind.yaml:1:12: mail-down: "done" is not an answer; it accepts "Yes", "No", "Not sure"`,
    ],
    [
      'bad-in-list.yaml',
      `${FILE}/bad-in-list.yaml:3:5: mail-down: "Perhaps" is not an answer; it accepts "Yes", "No", "Not sure"`,
    ],
    ['empty-list.yaml', `${FILE}/empty-list.yaml:1:12: mail-down: the list of answers is empty`],
    [
      'unknown-key.yaml',
      `${FILE}/unknown-key.yaml:1:14: check-files: unknown key "reasn"; an answer may have answer, done, skip, outcome, note`,
    ],
    [
      'not-a-mapping.yaml',
      `${FILE}/not-a-mapping.yaml:1:1: must map step ids to answers, like "shut-down-computers: done"; it holds a list`,
    ],
    [
      'check-wrong.yaml',
      `${FILE}/check-wrong.yaml:1:12: ping-mail: "Yes" is not an answer; a check accepts succeeded or failed (its outcome, without running it), or run (needs --allow-commands)`,
    ],
    [
      'empty-value.yaml',
      `${FILE}/empty-value.yaml:1:1: tell-director: has no answer; an action accepts done, or skip: <reason>`,
    ],
    ['empty.yaml', `${FILE}/empty.yaml: is empty; write one line per step, like "shut-down-computers: done"`],
  ])('%s is one line with file:line:col', (name, message) => {
    expect(() => read(name)).toThrow(message);
    try {
      read(name);
    } catch (error) {
      expect((error as { exitCode: number }).exitCode).toBe(2);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('points at the line where an unclosed quote opens', () => {
    expect(() => read('bad-yaml.yaml')).toThrow(
      /^answers file tests\/fixtures\/walk\/answers\/bad-yaml\.yaml:2:12: a quoted value is never closed/,
    );
  });

  it('an empty --answers, or a folder, says what to give instead', () => {
    const runbook = fixtureRunbook('every-kind');
    expect(() => readAnswersFile('', runbook, REPO_ROOT)).toThrow(
      '--answers is empty; give the answers file, like --answers answers.yaml',
    );
    expect(() => readAnswersFile('tests/fixtures/walk/answers', runbook, REPO_ROOT)).toThrow(
      'answers file tests/fixtures/walk/answers is a folder; give the answers file, a .yaml file in it or elsewhere',
    );
  });

  it('a file that does not exist says so', () => {
    expect(() => read('missing.yaml')).toThrow(
      'answers file tests/fixtures/walk/answers/missing.yaml:1:1: does not exist',
    );
  });
});

/** parseAnswers takes data directly, for values YAML 1.2 does not make from text. */
function fakeFile(): SourceFile {
  return {
    displayPath: 'a.yaml',
    absolutePath: '/a.yaml',
    text: '',
    locate: () => ({ line: 1, col: 1 }),
    lineText: () => '',
  };
}

describe('an answers file with more keys than a mapping may hold', () => {
  it('is refused in one line at the mapping, before any key is looked at', () => {
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, Array.from({ length: MAX_KEYS_PER_MAPPING + 1 }, (_, i) => `step-${i}: done\n`).join(''));
    expect(() => readAnswersFile(file, fixtureRunbook('every-kind'), REPO_ROOT)).toThrow(
      new RegExp(`^answers file \\S*answers\\.yaml:1:1: holds a mapping of more than ${MAX_KEYS_PER_MAPPING} keys`),
    );
  });
});

describe('docs/answers.md', () => {
  it('its first example is a valid answers file for power-loss', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'answers.md'), 'utf8');
    const example = /```yaml\n(# answers\.yaml for power-loss[\s\S]*?)```/.exec(doc)![1]!;
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, example);
    const runbook = findRunbook(loadLibrary(SHIPPED_RUNBOOKS), 'power-loss')!.value;
    expect([...readAnswersFile(file, runbook, REPO_ROOT).byStep.keys()]).toEqual([
      'shut-down-computers',
      'power-down-servers',
      'director-in-office',
      'update-director',
      'power-back',
    ]);
  });
});
