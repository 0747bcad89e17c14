import { describe, expect, it } from 'vitest';
import { plainStyle } from '../../src/text/style.js';
import { runbookView } from '../../src/library/view.js';
import { parseAnswers } from '../../src/walk/drivers/answers.js';
import { dryRun } from '../../src/walk/dry-run.js';
import { ScriptedDriver } from '../../src/walk/drivers/scripted.js';
import type { SourceFile } from '../../src/library/source-file.js';
import { fixtureRunbook, T0, walkLibrary } from './walk-fixtures.js';

const FILE: SourceFile = {
  displayPath: 'a.yaml',
  absolutePath: '/a.yaml',
  text: '',
  locate: () => ({ line: 1, col: 1 }),
  lineText: () => '',
};

function dry(id: string, answers?: object) {
  const runbook = fixtureRunbook(id);
  const script = new ScriptedDriver(runbook, answers ? parseAnswers(answers, FILE, runbook) : undefined, {
    yes: true,
    allowCommands: false,
  });
  return dryRun(runbook, runbookView(walkLibrary(), runbook), script, plainStyle, T0);
}

describe('--dry-run', () => {
  it('walks the answers to the end and lists the path', () => {
    const result = dry('loop', { back: ['No', 'Yes'] });
    expect(result.lines).toEqual([
      'Dry run of "Wait until it is back" (loop): nothing is recorded and no command is run.',
      '   1. report: Report the outage. -> done',
      '   2. back: Is it back? -> "No"',
      '   3. wait: Wait ten minutes and update the Director. -> done',
      '   2. (2nd time) back: Is it back? -> "Yes"',
      '  End.',
    ]);
    expect(result.events.map((e) => e.type)).toEqual([
      'started',
      'step-done',
      'answered',
      'step-done',
      'answered',
      'ended',
    ]);
  });

  it('stops at a decision with no answer and lists where each answer leads', () => {
    expect(dry('every-kind').lines.slice(1)).toEqual([
      '   1. tell-director: Tell the Office Director. -> done',
      '   2. mail-down: Is mail down?',
      '      Stops here: no answer is given. The ways on:',
      '        "Yes" -> step 4 (ping-mail)',
      '        "No" -> step 3 (check-files)',
      '        "Not sure" -> step 5 (call-helpdesk)',
    ]);
  });

  it('never runs a check: it follows a given outcome, or lists both', () => {
    expect(dry('every-kind', { 'mail-down': 'Yes' }).lines.slice(-3)).toEqual([
      '      Stops here: the command is not run, and no outcome is given. The ways on:',
      '        if it succeeds -> end',
      '        if it fails -> step 5 (call-helpdesk)',
    ]);
    expect(dry('checks', { passes: 'succeeded', fails: 'failed', slow: 'failed' }).lines.slice(-2)).toEqual([
      '   3. slow: A command that takes too long -> failed (given, not run)',
      '  End: at a check that failed.',
    ]);
  });

  it('says when the answers would go round a loop for ever', () => {
    const result = dry('loop', { back: 'No' });
    expect(result.looped).toBe(true);
    expect(result.lines.at(-1)).toMatch(/^ {2}Stops: the answers go round a loop for ever/);
  });
});
