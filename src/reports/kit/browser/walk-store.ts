// Walks kept in the browser's localStorage, one key per walk holding its
// journal events: written after every answer, so a reload, a closed tab or
// a dead battery loses nothing that was confirmed. The events are the
// record itself; the state is always replayed from them.
/// <reference lib="dom" />
import type { JournalEvent, StartedEvent } from '../../../journal/events.js';

const WALK_PREFIX = 'coop-kit:walk:';
const PERSON_KEY = 'coop-kit:person';

export interface StoredWalk {
  incident: string;
  events: JournalEvent[];
}

/** Saves the walk; false when the browser refused (storage full or switched off). */
export function saveWalk(walk: StoredWalk): boolean {
  try {
    localStorage.setItem(WALK_PREFIX + walk.incident, JSON.stringify(walk.events));
    return true;
  } catch {
    return false;
  }
}

export function loadWalk(incident: string): StoredWalk | undefined {
  const text = safeGet(WALK_PREFIX + incident);
  if (!text) return undefined;
  try {
    const events = JSON.parse(text) as JournalEvent[];
    return Array.isArray(events) && events[0]?.type === 'started' ? { incident, events } : undefined;
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
