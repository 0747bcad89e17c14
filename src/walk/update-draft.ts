// The status update a person sends at an update step (issue 16), drafted from
// the journal: what happened and when, what has been done (with times), what
// is being done now, the last note since the last update, what is still needed, when the next update comes, and
// who sends it (what is needed only when something is). Pure: the journal, the clock and the cadence in, the words
// out. It tries the steps' own words first and shortens them only as far as
// it takes to fit one text message, because a message that arrives in three
// parts is harder to read on a phone than a shorter one.
import { resolveTarget, stepIdAt, stepIndexById } from '../format/flow.js';
import { isUpdateStep } from '../format/updates.js';
import { stepText, type Runbook, type Step } from '../format/model.js';
import type { JournalEvent } from '../journal/events.js';
import { localDay, localDayAndTime } from '../text/local-time.js';

/** How a text counts as text messages (src/vendor/sms.ts), passed in so this module stays pure and light. */
export interface SmsMeasure {
  encoding: 'GSM-7' | 'UCS-2';
  segments: number;
  characters: number;
}

export interface DraftInput {
  runbook: Runbook;
  events: readonly JournalEvent[];
  now: Date;
  /** Who signs it. */
  person: string;
  /** How long until the next update is due. */
  everyMs: number;
  measure: (text: string) => SmsMeasure;
}

export interface UpdateDraft {
  text: string;
  /** ISO 8601: when the next update is due. */
  nextDueAt: string;
  sms: SmsMeasure;
}

/** What the journal says so far, in the order a reader wants it. */
interface Facts {
  title: string;
  startedAt: string;
  /** Each step done (or checked and found working), once, at its last time. */
  done: Map<string, string>;
  /** Each step left undone (skipped, or checked and found failing), with why. */
  needed: Map<string, string>;
  /** The step being done now, or the question being waited on with its last answer. */
  now?: { step: string; answer?: { answer: string; at: string } };
  /** The last note written since the last update: often what the reader most wants to know. */
  note?: { text: string; at: string };
}

/** How far the words are cut: the steps done and needed first, what is happening now last, the title never. */
interface Limits {
  steps?: number;
  now?: number;
}
/** Full words first, then each step's first few words, until it fits one message; no further, or it says nothing. */
const LIMITS: readonly Limits[] = [{}, { steps: 6 }, { steps: 4, now: 6 }, { steps: 4, now: 4 }];

export function draftUpdate(input: DraftInput): UpdateDraft {
  const nextDueAt = new Date(input.now.getTime() + input.everyMs).toISOString();
  const facts = factsOf(input.runbook, input.events);
  let best: { text: string; sms: SmsMeasure } | undefined;
  for (const limits of LIMITS) {
    const text = compose(input, facts, nextDueAt, limits);
    const sms = input.measure(text);
    if (!best || sms.segments < best.sms.segments) best = { text, sms };
    if (sms.segments === 1) break;
  }
  return { ...best!, nextDueAt };
}

function factsOf(runbook: Runbook, events: readonly JournalEvent[]): Facts {
  const indexes = stepIndexById(runbook);
  const stepOf = (id: string): Step | undefined => runbook.steps[indexes.get(id) ?? -1];
  const started = events[0]!;
  const facts: Facts = {
    title: started.type === 'started' ? started.title : runbook.title,
    startedAt: started.ts,
    done: new Map(),
    needed: new Map(),
  };
  const finished = (id: string, at: string) => {
    facts.needed.delete(id);
    facts.done.delete(id);
    facts.done.set(id, at);
  };
  let lastAnswer: { step: string; answer: string; at: string } | undefined;
  for (const e of events) {
    const id = e.step ?? '';
    switch (e.type) {
      case 'step-done': {
        const step = stepOf(id);
        if (!step || !isUpdateStep(step)) finished(id, e.ts);
        break;
      }
      case 'check-result':
        if (e.outcome === 'succeeded') finished(id, e.ts);
        else facts.needed.set(id, 'check failed');
        break;
      case 'step-skipped':
        facts.needed.set(id, e.reason);
        break;
      case 'answered':
        lastAnswer = { step: id, answer: e.answer, at: e.ts };
        break;
      case 'note':
        facts.note = { text: e.text, at: e.ts };
        break;
      case 'update':
        // Told already: a note before the last update is not news.
        delete facts.note;
        break;
      default:
        break;
    }
  }
  // Where the walk stands; at an update step, what it waits on is the step after it.
  const last = events[events.length - 1]!;
  let at = 'next' in last ? last.next : (last.step ?? undefined);
  const atIndex = indexes.get(at ?? '');
  const atStep = atIndex === undefined ? undefined : runbook.steps[atIndex];
  if (atIndex !== undefined && atStep && isUpdateStep(atStep)) {
    const after = resolveTarget(runbook, atStep.kind === 'action' ? atStep.next : undefined, atIndex, indexes);
    at = after.kind === 'step' ? stepIdAt(runbook, after.index) : undefined;
  }
  if (at !== undefined && stepOf(at))
    facts.now = { step: at, ...(lastAnswer?.step === at ? { answer: lastAnswer } : {}) };
  return facts;
}

function compose(input: DraftInput, facts: Facts, nextDueAt: string, limits: Limits): string {
  const { runbook, now } = input;
  const indexes = stepIndexById(runbook);
  const words = (id: string, limit = limits.steps) => {
    const step = runbook.steps[indexes.get(id) ?? -1];
    return shorten(step ? stepText(step) : id, limit);
  };
  const time = (iso: string) => clock(new Date(iso), now);
  const list = (items: Map<string, string>, each: (id: string, value: string) => string) =>
    [...items].map(([id, value]) => each(id, value)).join('; ');
  // No time of sending: a phone shows it, and the journal keeps it.
  const parts = [`${shorten(facts.title, undefined)} since ${time(facts.startedAt)}.`];
  if (facts.done.size) parts.push(`Done: ${list(facts.done, (id, at) => `${words(id)} ${time(at)}`)}.`);
  if (facts.now) {
    const last = facts.now.answer;
    const answer = last === undefined ? '' : ` ${last.answer.trim()}, as of ${time(last.at)}.`;
    // A question not answered yet is what the walk is finding out, not one asked of the reader.
    const asking = last === undefined && isQuestion(runbook, facts.now.step) ? 'finding out: ' : '';
    parts.push(`Now: ${asking}${sentence(words(facts.now.step, limits.now))}${answer}`);
  }
  if (facts.note) parts.push(`Note ${time(facts.note.at)}: ${sentence(shorten(facts.note.text, limits.now))}`);
  if (facts.needed.size)
    parts.push(`Still needed: ${list(facts.needed, (id, why) => `${words(id)} (${shorten(why, limits.steps)})`)}.`);
  parts.push(`Next update ${time(nextDueAt)}. - ${input.person}`);
  return parts.join(' ');
}

function isQuestion(runbook: Runbook, id: string): boolean {
  return runbook.steps[stepIndexById(runbook).get(id) ?? -1]?.kind === 'decision';
}

/** Ends with a full stop, unless it is a question. */
function sentence(text: string): string {
  return /[?.]$/.test(text) ? text : `${text}.`;
}

/** Its first sentence, without the full stop, cut to its first `limit` words when there is a limit. */
function shorten(text: string, limit: number | undefined): string {
  const first = /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();
  const bare = first.replace(/[.!]+$/, '');
  if (limit === undefined) return bare;
  const words = bare.split(/\s+/);
  return words.length <= limit ? bare : `${words.slice(0, limit).join(' ')}...`;
}

/** HH:MM on the local clock, with the day in front when it is not today's. */
function clock(date: Date, now: Date): string {
  const full = localDayAndTime(date);
  return localDay(date) === localDay(now) ? full.slice(full.length - 5) : full;
}
