// Walks kept in the browser's localStorage, one key per walk holding its
// journal lines exactly as `coop import` will read them, hash chain and all:
// written after every answer, so a reload, a closed tab or a dead battery
// loses nothing that was confirmed. The state is always replayed from them.
/// <reference lib="dom" />
import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { JournalChain } from '../../../journal/chain.js';
import type { JournalEvent, StartedEvent } from '../../../journal/events.js';

const WALK_PREFIX = 'coop-kit:walk:';
const PERSON_KEY = 'coop-kit:person';

export interface StoredWalk {
  incident: string;
  /** The journal's lines, without their line feeds. */
  lines: string[];
  events: JournalEvent[];
}

/** The chain's hash (journal/chain.ts) without node:crypto: the same SHA-256 of the line's UTF-8 bytes. */
const kitLineHash = (line: string) => `sha256:${bytesToHex(sha256(utf8ToBytes(line)))}`;

function eventOf(line: string): JournalEvent {
  const { prev: _prev, ...event } = JSON.parse(line) as JournalEvent & { prev?: string };
  return event as JournalEvent;
}

/** The walk with `events` added, each line chained to the one before. */
export function withEvents(walk: StoredWalk, events: readonly JournalEvent[]): StoredWalk {
  const chain = new JournalChain(walk.lines.at(-1), kitLineHash);
  const lines = events.map((e) => chain.line(e).slice(0, -1));
  return { incident: walk.incident, lines: [...walk.lines, ...lines], events: [...walk.events, ...events] };
}

/** Saves the walk; false when the browser refused (storage full or switched off). */
export function saveWalk(walk: StoredWalk): boolean {
  try {
    localStorage.setItem(WALK_PREFIX + walk.incident, walk.lines.join('\n'));
    return true;
  } catch {
    return false;
  }
}

export function loadWalk(incident: string): StoredWalk | undefined {
  const text = safeGet(WALK_PREFIX + incident);
  if (!text) return undefined;
  try {
    const lines = text.split('\n');
    const events = lines.map(eventOf);
    return events[0]?.type === 'started' ? { incident, lines, events } : undefined;
  } catch {
    return undefined;
  }
}

/** Every walk kept here, newest first. */
export function storedWalks(): StoredWalk[] {
  const walks: StoredWalk[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(WALK_PREFIX)) {
        const walk = loadWalk(key.slice(WALK_PREFIX.length));
        if (walk) walks.push(walk);
      }
    }
  } catch {
    return [];
  }
  const started = (w: StoredWalk) => (w.events[0] as StartedEvent).ts;
  return walks.sort((a, b) => started(b).localeCompare(started(a)));
}

export function forgetWalk(incident: string): void {
  try {
    localStorage.removeItem(WALK_PREFIX + incident);
  } catch {
    // Nothing was kept, so nothing is left behind.
  }
}

export function lastPerson(): string {
  return safeGet(PERSON_KEY) ?? '';
}

export function rememberPerson(name: string): void {
  try {
    localStorage.setItem(PERSON_KEY, name);
  } catch {
    // The name is asked again next time.
  }
}

function safeGet(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
