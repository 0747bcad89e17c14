// The walk the go-kit tests import: Alice's power-loss incident on a phone, to
// its end (the Director is out, the power comes back on the second ask), as
// the journal builder writes it. Shared by the import and the phone-and-computer tests.
import type { JournalSpec } from '../journal/journal-builder.js';

export const PHONE_INCIDENT = '20261201-091203-power-loss-k3f9';
const PHONE_KIT = { exported: '2026-11-30T08:00:00.000Z', library: 'sha256:0123' };

export const WALKED_ON_THE_PHONE: JournalSpec = {
  id: PHONE_INCIDENT,
  runbook: 'power-loss',
  person: 'Alice Moreno',
  startedAt: '2026-12-01T09:12:03.000Z',
  kit: PHONE_KIT,
  inputs: [
    [1, { type: 'done' }],
    [3, { type: 'skip', reason: 'The server room was locked' }],
    [4, { type: 'answer', answer: 'No' }],
    [10, { type: 'done' }],
    [11, { type: 'answer', answer: 'No' }],
    [40, { type: 'note', text: 'Called the Director from the car park' }],
    [41, { type: 'done' }],
    [90, { type: 'answer', answer: 'Yes' }],
  ],
};
