// A change is shown before it is made, and made only when allowed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileChange } from '../../src/edit/change.js';
import { showAndWrite } from '../../src/edit/write-changes.js';
import { plainStyle } from '../../src/text/style.js';
import type { Prompter } from '../../src/walk/drivers/prompter.js';
import { fakeIO } from '../helpers/fake-io.js';
import { tempDir } from '../helpers/paths.js';

function aChange(): FileChange {
  const path = join(tempDir(), 'systems.yaml');
  writeFileSync(path, 'systems:\n  - id: exchange\n    name: Exchange\n');
  return {
    path,
    display: 'systems.yaml',
    before: readFileSync(path, 'utf8'),
    after: readFileSync(path, 'utf8').replace('name: Exchange\n', 'name: Exchange\n    rto: 8h\n'),
  };
}

const answering = (yes: boolean): Prompter => ({ confirm: async () => yes }) as unknown as Prompter;

describe('writing a change', () => {
  it('refuses in scripted use without --yes, after showing the diff', async () => {
    const change = aChange();
    const io = fakeIO();
    await expect(showAndWrite([change], io, { style: plainStyle })).rejects.toThrow(
      'nothing written: in scripted use coop changes systems.yaml only with --yes (shown above)',
    );
    expect(io.err()).toContain('+    rto: 8h');
    expect(readFileSync(change.path, 'utf8')).toBe(change.before);
  });

  it('writes with --yes and says so', async () => {
    const change = aChange();
    const io = fakeIO();
    expect(await showAndWrite([change], io, { yes: true, style: plainStyle })).toBe('written');
    expect(readFileSync(change.path, 'utf8')).toBe(change.after);
    expect(io.err()).toContain('coop: wrote systems.yaml\n');
  });

  it('writes nothing when the person at the terminal says no', async () => {
    const change = aChange();
    const io = fakeIO();
    expect(await showAndWrite([change], io, { prompter: answering(false), style: plainStyle })).toBe('declined');
    expect(readFileSync(change.path, 'utf8')).toBe(change.before);
  });

  it('writes nothing over an edit made while coop was asking', async () => {
    const change = aChange();
    const edited: Prompter = {
      confirm: async () => {
        writeFileSync(change.path, `${change.before}# edited meanwhile\n`);
        return true;
      },
    } as unknown as Prompter;
    await expect(showAndWrite([change], fakeIO(), { prompter: edited, style: plainStyle })).rejects.toThrow(
      'systems.yaml was changed by someone else while coop was working; nothing written: run the command again',
    );
  });
});
