// What the walk script reads from the page: each runbook as the walk engine
// takes it, and what goes into the started event of a walk made in the kit.
// The words people read are in the page's markup already (plain-page.ts);
// the script reuses that markup rather than build it a second time.
import type { Runbook } from '../../format/model.js';

export interface KitData {
  exported: string;
  /** The library's content hash (kit-plan.ts). */
  library: string;
  coopVersion: string;
  /** `updateTo`: who an update step's update goes to, by name, as coop incident records it. */
  runbooks: Array<{ runbook: Runbook; hash: string; updateTo: string[] }>;
}

/** The id of the element that holds the data, as JSON. */
export const KIT_DATA_ID = 'kit-data';
