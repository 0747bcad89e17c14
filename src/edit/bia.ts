// A business impact analysis written into systems.yaml: the objectives
// beside the system's other keys (mtd, rto, rpo, in that order) and the
// analysis itself under `bia:`, each key updated in place when it is there.
import type { ImpactLevelName, ImpactSpan } from '../format/impact.js';
import { rtoExceedsMtd, rtoExceedsMtdMessage } from '../format/objectives.js';
import type { System } from '../format/schema.js';
import { UserError } from '../system/errors.js';
import { safeLine } from '../text/sanitize.js';
import { listItemById, setKey, topMapping, type YamlFile } from './yaml-file.js';

/** What a BIA interview or the flags of coop bia answered; what is left out stays as it is. */
export interface BiaAnswers {
  mtd?: string;
  rto?: string;
  rpo?: string;
  functions?: string[];
  impacts?: Partial<Record<ImpactSpan, ImpactLevelName>>;
}

/** Who made the analysis, and on which day (YYYY-MM-DD). */
export interface BiaSignature {
  date: string;
  by: string;
}

/** Refuses answers that would leave the system with an RTO longer than its MTD (docs/runbook-format.md). */
export function checkObjectives(system: System, answers: BiaAnswers): void {
  const mtd = answers.mtd ?? system.mtd;
  const rto = answers.rto ?? system.rto;
  if (mtd !== undefined && rto !== undefined && rtoExceedsMtd({ mtd, rto }))
    throw new UserError(safeLine(rtoExceedsMtdMessage(system.id, { mtd, rto })));
}

export function writeBia(file: YamlFile, systemId: string, answers: BiaAnswers, signature: BiaSignature): void {
  const system = listItemById(topMapping(file), 'systems', systemId);
  if (!system) throw new UserError(`${safeLine(file.display)} no longer lists system "${safeLine(systemId)}"`);
  const placed = ['name', 'description'];
  for (const key of ['mtd', 'rto', 'rpo'] as const) {
    const value = answers[key];
    if (value !== undefined) setKey(file, system, key, value, placed);
    placed.push(key);
  }
  const bia: Record<string, unknown> = { date: signature.date, by: signature.by };
  if (answers.functions !== undefined) bia.functions = answers.functions;
  if (answers.impacts !== undefined) bia.impacts = answers.impacts;
  setKey(file, system, 'bia', bia, placed);
}
