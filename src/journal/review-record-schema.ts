// A review record's schema (docs/journal.md): what `coop review` writes into
// the journal folder's reviews/ when a runbook is signed off. The one source
// of its type and of what the reader accepts, read through the parser
// scripts/gen-checks.mjs writes out from it (record-parsers.generated.ts).
import * as z from 'zod';

export const ReviewItemRecord = z.object({
  /** As src/edit/review/items.ts makes it: `step:<id>`, `branch:<step>:<answer>`, `contact:<id>`, `warning:<n>`. */
  key: z.string().min(1),
  kind: z.enum(['warning', 'step', 'branch', 'contact']),
  /** What was looked at, as it was shown. */
  text: z.string(),
  answer: z.enum(['ok', 'change', 'skip', 'verified']),
  /** What needs changing, for `change`. */
  note: z.string().optional(),
});

export const ReviewRecord = z.object({
  v: z.literal(1),
  type: z.literal('review'),
  /** Also the file name: `20261123-091503-power-loss-k3f9`. */
  id: z.string(),
  runbook: z.string().min(1),
  runbookFile: z.string(),
  /** Who reviewed and signed off (--as, else the login name). */
  person: z.string(),
  /** When, ISO 8601 UTC; `day` is the reviewed: date written, on the reviewer's calendar. */
  ts: z.string(),
  day: z.string(),
  /** `sha256:<hex>` of the runbook file as signed off (after reviewed: was written). */
  runbookHash: z.string(),
  coopVersion: z.string(),
  items: z.array(ReviewItemRecord),
});

export type ReviewRecord = z.infer<typeof ReviewRecord>;
export type ReviewItemRecord = z.infer<typeof ReviewItemRecord>;
