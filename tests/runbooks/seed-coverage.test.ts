// Every instruction, warning, phone number and "keep the Director updated" of
// Policy 105's six procedures (shared/seeds/001_…), mapped to the shipped
// runbook that carries it, so that nothing of the source is dropped.
import { describe, expect, it } from 'vitest';
import { findRunbook, contactMap } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import { edgesOf } from '../../src/format/flow.js';
import { stepContacts } from '../../src/format/model.js';
import { SHIPPED_RUNBOOKS } from '../helpers/paths.js';

const library = loadLibrary(SHIPPED_RUNBOOKS);

/** All the words a runbook puts in front of a person, with its contacts' details. */
function wordsOf(id: string): string {
  const entry = findRunbook(library, id);
  if (!entry) throw new Error(`no runbook ${id}`);
  const contacts = contactMap(library);
  const rb = entry.value;
  const parts: string[] = [rb.title, rb.summary ?? '', rb.source ?? '', ...(rb.warnings ?? [])];
  const named = new Set([...(rb.notify ?? [])]);
  for (const step of rb.steps) {
    if ('do' in step) parts.push(step.do, step.why ?? '', step.warning ?? '');
    if ('ask' in step) parts.push(step.ask, ...step.choices.map((c) => c.answer));
    if ('do' in step) for (const c of step.contacts ?? []) named.add(c);
  }
  for (const c of named) {
    const contact = contacts.get(c);
    if (contact) parts.push(contact.name, contact.role ?? '', contact.phone ?? '', contact.reach ?? '');
  }
  return parts.join('\n');
}

// [section, what the source says, runbook, words the runbook must carry]
const table: Array<[string, string, string, RegExp]> = [
  [
    'V.A',
    'shut down their computers at the end of the day when there is a warning in effect',
    'severe-weather',
    /At the end of the day, shut down your computer completely/,
  ],
  [
    'V.A',
    'Computers should also be unplugged from any unprotected outlets',
    'severe-weather',
    /Unplug computers from any unprotected outlets/,
  ],
  [
    'V.A',
    'tornado warning: seek further direction from the Executive Director',
    'severe-weather',
    /Seek further direction from the Executive Director/,
  ],
  [
    'V.A',
    'tornado warning: follow emergency protocols of the office building',
    'severe-weather',
    /Follow the emergency protocols of the office building/,
  ],
  [
    'V.B',
    'all building emergency protocols for evacuation will be followed',
    'fire',
    /Follow all building emergency protocols for evacuation/,
  ],
  [
    'V.B',
    'contact the Executive Director after evacuating the building',
    'fire',
    /After evacuating the building, contact the Executive Director/,
  ],
  [
    'V.B',
    'Data is backed up on a secure server at CHOOSE Networks',
    'fire',
    /backed up on a secure server at CHOOSE Networks/,
  ],
  [
    'V.B',
    'All data can be restored and hardware is replaceable',
    'fire',
    /all data can be restored and hardware is replaceable/,
  ],
  [
    'V.B',
    'should not try to retrieve hardware in the middle of an emergency',
    'fire',
    /Do not try to retrieve hardware in the middle of an emergency/,
  ],
  [
    'V.B',
    'If the physical hardware is lost, contact CHOOSE Networks for proper disposal',
    'fire',
    /Contact CHOOSE Networks for proper disposal of the lost hardware/,
  ],
  ['V.B', 'CHOOSE Networks (316) 928-8828', 'fire', /\(316\) 928-8828/],
  [
    'V.B',
    'paper documentation in the file room is kept digitally',
    'fire',
    /paper documents in the file room are kept digitally/,
  ],
  [
    'V.C',
    'shut off all computer hardware to save the battery backups',
    'power-loss',
    /Shut off all computer hardware[\s\S]*Saves the battery backups/,
  ],
  [
    'V.C',
    'be sure that the data kept on the computer is not corrupted',
    'power-loss',
    /data kept on the computers is not corrupted/,
  ],
  [
    'V.C',
    'servers within the office should be powered down',
    'power-loss',
    /Power down the servers in the server room/,
  ],
  [
    'V.C',
    'keep data safe and secure and save the power on the battery backups in the server room',
    'power-loss',
    /safe and secure and saves the power on the battery backups in the server room/,
  ],
  [
    'V.C',
    'If the Executive Director is not in the office, keep the Director updated',
    'power-loss',
    /Is the Executive Director in the office\?[\s\S]*Keep the Executive Director updated on the situation/,
  ],
  ['V.D', 'notify the Executive Director', 'servers-offline', /Notify the Executive Director that a server is offline/],
  [
    'V.D',
    'create a ticket with CHOOSE Networks to diagnose and correct the problem',
    'servers-offline',
    /Create a ticket with CHOOSE Networks to diagnose and correct the problem/,
  ],
  [
    'V.D',
    'CHOOSE Network Support Desk (316) 928-8828',
    'servers-offline',
    /CHOOSE Networks Support Desk[\s\S]*\(316\) 928-8828/,
  ],
  [
    'V.E',
    'Outlook is not able to connect to the Exchange Server',
    'outlook-offline',
    /Outlook cannot connect to the Exchange Server/,
  ],
  [
    'V.E',
    'notify the Executive Director and create a ticket with CHOOSE Networks',
    'outlook-offline',
    /Notify the Executive Director[\s\S]*Create a ticket with CHOOSE Networks/,
  ],
  ['V.E', 'CHOOSE Support Desk (316) 928-8828', 'outlook-offline', /\(316\) 928-8828/],
  [
    'V.F',
    'notify the Executive Director',
    'database-down',
    /Notify the Executive Director that the online database and\/or FileMaker is offline/,
  ],
  ['V.F', 'contact the IT Manager at KLETC', 'database-down', /Contact the IT Manager at KLETC/],
  ['V.F', "IT Manager's number is (620) 694-1514", 'database-down', /\(620\) 694-1514/],
];

describe('the shipped library carries every part of Policy 105', () => {
  it.each(table)('%s: %s', (_section, _source, runbook, words) => {
    expect(wordsOf(runbook)).toMatch(words);
  });

  it('loads without problems: six runbooks', () => {
    expect(library.problems).toEqual([]);
    expect(library.runbooks.map((r) => r.value.id).sort()).toEqual([
      'database-down',
      'fire',
      'outlook-offline',
      'power-loss',
      'servers-offline',
      'severe-weather',
    ]);
  });

  it('names its section of the policy and the plan revision date in every runbook, and invents no RTO or RPO', () => {
    const sections: Record<string, string> = {
      'severe-weather': 'V.A',
      fire: 'V.B',
      'power-loss': 'V.C',
      'servers-offline': 'V.D',
      'outlook-offline': 'V.E',
      'database-down': 'V.F',
    };
    for (const { value } of library.runbooks) {
      expect(value.source).toContain(`KS-CPOST Policy 105, ${sections[value.id]}`);
      expect(value.reviewed).toBe('2016-06-12');
    }
    for (const { value } of library.systems) expect([value.rto, value.rpo]).toEqual([undefined, undefined]);
  });

  it('keeps the Executive Director updated in a loop that ends when services are back (V.C to V.F)', () => {
    for (const id of ['power-loss', 'servers-offline', 'outlook-offline', 'database-down']) {
      const rb = findRunbook(library, id)!.value;
      const update = rb.steps.findIndex(
        (s) => 'do' in s && /update/i.test(s.do) && s.contacts?.includes('executive-director'),
      );
      expect(update, id).toBeGreaterThan(-1);
      // After the update the walk goes to a question whose "No" comes back: that is the loop.
      const back = edgesOf(rb, update)[0]!.target;
      if (back.kind !== 'step') throw new Error(`${id}: the update step does not lead to a question`);
      const question = back.index;
      expect('ask' in rb.steps[question]!, id).toBe(true);
      const answers = edgesOf(rb, question);
      expect(answers.find((e) => e.label === 'Yes')?.target, id).toEqual({ kind: 'end' });
      expect(answers.find((e) => e.label === 'No')?.target, id).toEqual({ kind: 'step', index: update });
    }
  });

  it('V.B: nobody is to be called before getting out; the Director is told after evacuating', () => {
    const fire = findRunbook(library, 'fire')!.value;
    expect(fire.steps[0]!.id).toBe('evacuate');
    expect(fire.notify_after).toBe('evacuate');
    expect(stepContacts(fire.steps[0]!)).toEqual([]);
  });

  it('V.A: in a tornado warning, the building protocols (shelter) come before seeking direction', () => {
    const weather = findRunbook(library, 'severe-weather')!.value;
    const yes = edgesOf(weather, 0).find((e) => e.label === 'Yes')!.target;
    const order = weather.steps.map((s) => s.id);
    expect(yes).toEqual({ kind: 'step', index: order.indexOf('follow-building-protocols') });
    expect(edgesOf(weather, order.indexOf('follow-building-protocols'))[0]!.target).toEqual({
      kind: 'step',
      index: order.indexOf('seek-direction'),
    });
  });

  it('V.C: shutting off all computer hardware says plainly that it includes this computer', () => {
    expect(wordsOf('power-loss')).toMatch(/Shut off all computer hardware, this computer included/);
  });

  it('has the three contacts of the plan, with the numbers it gives', () => {
    const contacts = contactMap(library);
    expect(contacts.get('choose-networks')?.phone).toBe('(316) 928-8828');
    expect(contacts.get('kletc-it-manager')?.phone).toBe('(620) 694-1514');
    expect(contacts.get('executive-director')?.name).toBe('Executive Director');
  });
});
