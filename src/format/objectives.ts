// The rule that ties a system's recovery objectives together (NIST SP
// 800-34): recovery may not take longer than the office can bear to be
// without the system. lint reports it; coop bia refuses to write it.
import { durationMs } from './values.js';

export interface Objectives {
  mtd?: string;
  rto?: string;
}

/** True when both are set and the RTO is longer than the MTD. */
export function rtoExceedsMtd(objectives: Objectives): boolean {
  const { rto, mtd } = objectives;
  return rto !== undefined && mtd !== undefined && durationMs(rto) > durationMs(mtd);
}

/** What is wrong with such a system and what to do, in the words lint and coop bia both use. */
export function rtoExceedsMtdMessage(system: string, objectives: Required<Objectives>): string {
  return `system "${system}" has an RTO of ${objectives.rto}, longer than its MTD of ${objectives.mtd}: the office can do without it for at most ${objectives.mtd}, so recovery must take no longer; give an RTO of ${objectives.mtd} or less, or a longer MTD`;
}
