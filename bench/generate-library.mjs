#!/usr/bin/env node
// Writes a large synthetic runbook library for timing `coop lint`:
//   node bench/generate-library.mjs OUT_DIR [--runbooks N] [--steps S] [--seed K] [--reviewed YYYY-MM-DD]
// Each runbook has S steps (default 20) built from the shapes real plans use:
// plain actions with people to call, checks with a time limit and an escalation
// on failure, yes/no decisions whose branches meet again, and "is it back yet?"
// loops that keep someone updated until it is. The library is meant to lint
// without errors, so the timing measures the work of a clean run, the common
// case in CI. The same seed always writes the same files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const USAGE =
  'usage: node bench/generate-library.mjs OUT_DIR [--runbooks N] [--steps S] [--seed K] [--reviewed YYYY-MM-DD]';

function parseArgs(argv) {
  const options = { runbooks: 1000, steps: 20, seed: 1, reviewed: new Date().toISOString().slice(0, 10) };
  let out;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '--runbooks') options.runbooks = wholeNumber(arg, value());
    else if (arg === '--steps') options.steps = wholeNumber(arg, value());
    else if (arg === '--seed') options.seed = wholeNumber(arg, value());
    else if (arg === '--reviewed') options.reviewed = value();
    else if (arg === '-h' || arg === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
    else out = arg;
  }
  if (!out) fail('give the folder to write the library to');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.reviewed)) fail('--reviewed must be a date written YYYY-MM-DD');
  if (options.steps < 4) fail('--steps must be at least 4');
  return { out: resolve(out), ...options };
}

function wholeNumber(name, text) {
  if (!/^\d+$/.test(text)) fail(`${name} must be a whole number, got "${text}"`);
  return Number(text);
}

function fail(message) {
  console.error(`generate-library: ${message}\n${USAGE}`);
  process.exit(2);
}

/** A small seeded generator (mulberry32), so a seed always gives the same library. */
function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const ROLES = [
  'Executive Director',
  'Deputy Director',
  'IT Manager',
  'Facilities Manager',
  'Office Manager',
  'Network Vendor',
  'Phone Vendor',
  'Records Officer',
  'Security Desk',
  'Finance Officer',
];
const SYSTEM_NAMES = [
  'Email',
  'File server',
  'Case database',
  'Phones',
  'Payroll',
  'Website',
  'Backups',
  'Printers',
  'VPN',
  'Door access',
  'Records archive',
  'Scheduling',
];
const VERBS = [
  'Check',
  'Confirm',
  'Record',
  'Tell staff about',
  'Write down',
  'Photograph',
  'Secure',
  'Switch off',
  'Restart',
  'Inspect',
];
const THINGS = [
  'the server room',
  'the battery backups',
  'the front desk',
  'the network closet',
  'the building alarm',
  'the shared drive',
  'the phone system',
  'the paper files',
  'the visitor log',
  'the backup tapes',
];
const QUESTIONS = [
  'Is anyone hurt?',
  'Is the building safe to stay in?',
  'Can staff work from home?',
  'Is the vendor on site?',
  'Is the outage longer than an hour?',
  'Did the backup finish?',
];
const COMMANDS = [
  'ping -c 3 fileserver.local',
  'curl -fsS https://intranet.local/health',
  'systemctl is-active exchange',
  'nslookup mail.local',
  'test -f /mnt/backup/latest.tar',
];

function phone(rand) {
  // Area code and exchange start with 2-9, as the North American plan requires.
  // Not N11 either: 211 to 911 are service codes, not area codes.
  let area = 200 + rand.int(800);
  if (area % 100 === 11) area += 1;
  const exchange = 200 + rand.int(800);
  const line = String(rand.int(10000)).padStart(4, '0');
  return rand.pick([`(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `+1 ${area} ${exchange} ${line}`]);
}

function contactsYaml(rand, count, reviewed) {
  const lines = [
    '# yaml-language-server: $schema=../schema/contacts.schema.json',
    'organization: Synthetic Agency for Benchmarks',
    'contacts:',
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - id: contact-${i}`,
      `    name: ${ROLES[i % ROLES.length]} ${i}`,
      `    role: ${ROLES[i % ROLES.length]}`,
    );
    if (i % 3 === 2) lines.push(`    email: contact-${i}@example.org`);
    else lines.push(`    phone: "${phone(rand)}"`);
    // Succession only points forward, so no chain of alternates loops.
    if (i + 1 < count && i % 2 === 0) lines.push(`    alternates: [contact-${i + 1}]`);
    lines.push(`    verified: ${reviewed}`, '');
  }
  return lines.join('\n');
}

function systemsYaml(count) {
  const lines = ['# yaml-language-server: $schema=../schema/systems.schema.json', 'systems:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - id: system-${i}`,
      `    name: ${SYSTEM_NAMES[i % SYSTEM_NAMES.length]} ${i}`,
      `    rto: ${1 + (i % 8)}h`,
      `    rpo: ${(i % 3) + 1}d`,
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The steps of one runbook as blocks of YAML lines. Each block gets the id of
 * the step that follows it (or `end`), so branches meet again explicitly and
 * nothing falls through into another branch by accident.
 */
function stepsOf(rand, total, contactCount) {
  const contact = () => `contact-${rand.int(contactCount)}`;
  const blocks = [];
  let left = total;
  let n = 0;
  const id = () => `s${++n}`;
  while (left > 0) {
    const shape =
      left >= 3
        ? rand.pick(['action', 'action', 'check', 'decision', 'loop'])
        : left === 2
          ? rand.pick(['action', 'check', 'loop'])
          : 'action';
    const size = { action: 1, check: 2, decision: 3, loop: 2 }[shape];
    blocks.push({ shape, ids: Array.from({ length: size }, id) });
    left -= size;
  }
  const lines = [];
  blocks.forEach((block, b) => {
    const after = blocks[b + 1]?.ids[0] ?? 'end';
    const [first, second, third] = block.ids;
    const phase = rand.pick(['activate', 'recover', 'reconstitute']);
    switch (block.shape) {
      case 'action':
        lines.push(`  - id: ${first}`, `    do: ${rand.pick(VERBS)} ${rand.pick(THINGS)}.`, `    phase: ${phase}`);
        if (rand.next() < 0.5) lines.push(`    contacts: [${contact()}]`);
        if (rand.next() < 0.3)
          lines.push(`    why: So that ${rand.pick(THINGS)} stays safe while the office recovers.`);
        break;
      case 'check':
        lines.push(
          `  - id: ${first}`,
          `    title: ${rand.pick(VERBS)} ${rand.pick(THINGS)}`,
          `    run: ${rand.pick(COMMANDS)}`,
          `    timeout: ${5 + rand.int(55)}s`,
          `    on_success: ${after}`,
          `    on_failure: ${second}`,
        );
        lines.push(
          `  - id: ${second}`,
          `    do: Call the vendor and open a ticket.`,
          `    contacts: [${contact()}]`,
          `    next: ${after}`,
        );
        break;
      case 'decision':
        lines.push(
          `  - id: ${first}`,
          `    ask: ${rand.pick(QUESTIONS)}`,
          '    choices:',
          '      - answer: "Yes"',
          `        next: ${second}`,
          '      - answer: "No"',
          `        next: ${third}`,
        );
        lines.push(
          `  - id: ${second}`,
          `    do: ${rand.pick(VERBS)} ${rand.pick(THINGS)}.`,
          `    contacts: [${contact()}]`,
          `    next: ${after}`,
        );
        lines.push(`  - id: ${third}`, `    do: ${rand.pick(VERBS)} ${rand.pick(THINGS)}.`, `    next: ${after}`);
        break;
      case 'loop':
        lines.push(
          `  - id: ${first}`,
          `    ask: Is ${rand.pick(THINGS)} back to normal?`,
          '    choices:',
          '      - answer: "Yes"',
          `        next: ${after}`,
          '      - answer: "No"',
          `        next: ${second}`,
        );
        lines.push(
          `  - id: ${second}`,
          '    do: Update the director on the situation.',
          `    contacts: [${contact()}]`,
          `    next: ${first}`,
        );
        break;
    }
    lines.push('');
  });
  return lines;
}

function runbookYaml(rand, index, options, contactCount, systemCount) {
  const id = `runbook-${String(index).padStart(5, '0')}`;
  const systems = [...new Set([`system-${index % systemCount}`, `system-${rand.int(systemCount)}`])];
  return [
    '# yaml-language-server: $schema=../schema/runbook.schema.json',
    `id: ${id}`,
    `title: Synthetic procedure ${index}`,
    `summary: ${rand.pick(SYSTEM_NAMES)} is down during office hours.`,
    `source: Synthetic plan, section ${1 + (index % 9)}`,
    `owner: contact-${rand.int(contactCount)}`,
    `reviewed: ${options.reviewed}`,
    'review_every_months: 12',
    `systems: [${systems.join(', ')}]`,
    `notify: [contact-${rand.int(contactCount)}]`,
    'warnings:',
    `  - Do not enter ${rand.pick(THINGS)} until it is safe.`,
    'steps:',
    ...stepsOf(rand, options.steps, contactCount),
  ].join('\n');
}

const options = parseArgs(process.argv.slice(2));
const rand = random(options.seed);
const contactCount = Math.max(10, Math.min(200, Math.ceil(options.runbooks / 10)));
const systemCount = Math.max(4, Math.min(100, Math.ceil(options.runbooks / 20)));
mkdirSync(options.out, { recursive: true });
writeFileSync(join(options.out, 'contacts.yaml'), contactsYaml(rand, contactCount, options.reviewed));
writeFileSync(join(options.out, 'systems.yaml'), systemsYaml(systemCount));
for (let i = 1; i <= options.runbooks; i++) {
  writeFileSync(
    join(options.out, `runbook-${String(i).padStart(5, '0')}.yaml`),
    runbookYaml(rand, i, options, contactCount, systemCount),
  );
}
console.error(
  `generate-library: wrote ${options.runbooks} runbooks of ${options.steps} steps, ${contactCount} contacts and ${systemCount} systems to ${options.out}`,
);
