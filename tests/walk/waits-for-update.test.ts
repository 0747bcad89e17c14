// Which questions offer "Not yet: wait until the next update is due": only one
// that leads back to an update step, between updates. Asked before the first
// update, a stressed person would be offered to wait half an hour to answer
// whether the Director is in.
import { describe, expect, it } from 'vitest';
import { findRunbook } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { stepIndexById } from '../../src/format/flow.js';
import { waitsForUpdate } from '../../src/walk/updates.js';
import { SHIPPED_RUNBOOKS, tempDir } from '../helpers/paths.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('waitsForUpdate', () => {
  const runbook = findRunbook(loadLibrary(SHIPPED_RUNBOOKS), 'power-loss')!.value;
  const at = (id: string) => stepIndexById(runbook).get(id)!;

  it('the question that loops back to the update step waits: "Is the power back on?"', () => {
    expect(waitsForUpdate(runbook, at('power-back'))).toBe(true);
  });

  it('the question that leads on to the first update does not: "Is the Executive Director in the office?"', () => {
    expect(waitsForUpdate(runbook, at('director-in-office'))).toBe(false);
  });

  it('nor does an action, or the update step itself', () => {
    expect(waitsForUpdate(runbook, at('shut-down-computers'))).toBe(false);
    expect(waitsForUpdate(runbook, at('update-director'))).toBe(false);
  });

  it('a loop through other steps back to the question still waits', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'looped.yaml'),
      `id: looped
title: Looped
steps:
  - id: tell
    do: Tell the director.
    update_every: 30m
  - id: check-again
    do: Look at the breaker panel.
  - id: back
    ask: Is it back?
    choices:
      - answer: "Yes"
        next: end
      - answer: "No"
        next: tell
`,
    );
    const looped = findRunbook(loadLibrary(dir), 'looped')!.value;
    expect(waitsForUpdate(looped, 2)).toBe(true);
  });
});
