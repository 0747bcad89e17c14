#!/usr/bin/env node
// Writes a long journal of the shipped power-loss runbook, for `npm run bench`:
// a power cut that lasts, with the Director updated again and again.
//   node bench/generate-journal.mjs DIR --events N [--paused]
// The lines are chained as docs/journal.md defines it (SHA-256 of the line
// before), written here from that definition rather than by coop, so the bench
// also shows that coop reads a journal another writer made to the letter.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dir, ...rest] = process.argv.slice(2);
const events = Number(rest[rest.indexOf('--events') + 1] ?? 200_000);
const paused = rest.includes('--paused');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runbookFile = join(root, 'runbooks', 'power-loss.yaml');
const id = `20261123-091503-power-loss-${paused ? 'pau5' : 'l0ng'}`;
const t0 = Date.parse('2026-11-23T09:15:03Z');

const lines = [];
let seq = 0;
let prev;
const base = { incident: id, runbook: 'power-loss' };
function add(step, type, more) {
  seq++;
  const event = {
    v: 2,
    ...(prev ? { prev } : {}),
    seq,
    ts: new Date(t0 + seq * 1000).toISOString(),
    ...base,
    step,
    person: 'Pat Smith',
    type,
    ...more,
  };
  const line = JSON.stringify(event);
  prev = `sha256:${createHash('sha256').update(line).digest('hex')}`;
  lines.push(line);
}
add('shut-down-computers', 'started', {
  title: 'Losing power during office hours',
  drill: false,
  runbookHash: `sha256:${createHash('sha256').update(readFileSync(runbookFile)).digest('hex')}`,
  coopVersion: 'bench',
  runbookFile: 'runbooks/power-loss.yaml',
});
add('shut-down-computers', 'step-done', { wording: 'Shut off all computer hardware.', next: 'power-down-servers' });
add('power-down-servers', 'step-done', {
  wording: 'Power down the servers in the server room.',
  next: 'director-in-office',
});
add('director-in-office', 'answered', {
  wording: 'Is the Executive Director in the office?',
  choices: ['Yes', 'No'],
  answer: 'No',
  next: 'update-director',
});
// Each round: a note, the update done, "is the power back?" No.
while (seq < events - 3) {
  add('update-director', 'note', { text: `Called the Director (round ${seq})` });
  add('update-director', 'step-done', {
    wording: 'Keep the Executive Director updated on the situation.',
    next: 'power-back',
  });
  add('power-back', 'answered', {
    wording: 'Is the power back on?',
    choices: ['Yes', 'No'],
    answer: 'No',
    next: 'update-director',
  });
}
add('update-director', 'step-done', {
  wording: 'Keep the Executive Director updated on the situation.',
  next: 'power-back',
});
if (paused) add('power-back', 'paused', { reason: 'person' });
else {
  add('power-back', 'answered', {
    wording: 'Is the power back on?',
    choices: ['Yes', 'No'],
    answer: 'Yes',
    next: 'end',
  });
  add('power-back', 'ended', { outcome: 'completed', durationMs: seq * 1000, drill: false });
}
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${id}.jsonl`), `${lines.join('\n')}\n`);
console.log(id);
