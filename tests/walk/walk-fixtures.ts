// The walk fixtures (tests/fixtures/walk/library), loaded the way coop loads a library.
import { join } from 'node:path';
import { findRunbook, type Library } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/load.js';
import type { Runbook } from '../../src/format/model.js';
import { FIXTURES } from '../helpers/paths.js';

export const WALK_LIBRARY = join(FIXTURES, 'walk', 'library');

let cached: Library | undefined;

export function walkLibrary(): Library {
  cached ??= loadLibrary(WALK_LIBRARY);
  if (cached.problems.length) throw new Error(`walk fixtures do not load: ${JSON.stringify(cached.problems)}`);
  return cached;
}

export function fixtureRunbook(id: string): Runbook {
  const found = findRunbook(walkLibrary(), id);
  if (!found) throw new Error(`no fixture runbook ${id}`);
  return found.value;
}

export const T0 = new Date('2026-11-23T09:15:03Z');

/** A clock that moves a minute each call, so events have distinct times. */
export function ticking(from = T0): () => Date {
  let n = 0;
  return () => new Date(from.getTime() + 60_000 * n++);
}
