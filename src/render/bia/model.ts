// The business impact analysis of the whole library as one table (NIST SP
// 800-34's BIA): for each system, what depends on it, the harm of an outage
// over time, and its recovery objectives, with what is still missing.
import { IMPACT_SPANS, type ImpactLevelName, type ImpactSpan } from '../../format/impact.js';
import { rtoExceedsMtd } from '../../format/objectives.js';
import type { Library } from '../../library/library.js';
import { localDay } from '../../text/local-time.js';

export const BIA_JSON_VERSION = 1;

export interface BiaRow {
  id: string;
  name: string;
  /** The runbooks that recover it (their `systems:` name it). */
  runbooks: Array<{ id: string; title: string }>;
  functions: string[];
  impacts: Partial<Record<ImpactSpan, ImpactLevelName>>;
  mtd?: string;
  rto?: string;
  rpo?: string;
  /** When and by whom its analysis was made; absent when it never was. */
  analysed?: { date: string; by: string };
  /** What the analysis still lacks or gets wrong, in words; empty when complete. */
  gaps: string[];
}

export interface BiaReport {
  organization?: string;
  today: string;
  systems: BiaRow[];
}

function gapsOf(row: BiaRow): string[] {
  const gaps: string[] = [];
  if (!row.analysed) gaps.push('no business impact analysis (coop bia)');
  for (const [key, name] of [
    ['mtd', 'MTD'],
    ['rto', 'RTO'],
    ['rpo', 'RPO'],
  ] as const)
    if (row[key] === undefined) gaps.push(`no ${name}`);
  if (rtoExceedsMtd(row)) gaps.push(`RTO ${row.rto} is longer than MTD ${row.mtd}`);
  return gaps;
}

export function biaReport(library: Library, now: Date): BiaReport {
  const systems = library.systems.map(({ value: system }): BiaRow => {
    const row: BiaRow = {
      id: system.id,
      name: system.name,
      runbooks: library.runbooks
        .filter((r) => r.value.systems?.includes(system.id))
        .map((r) => ({ id: r.value.id, title: r.value.title })),
      functions: system.bia?.functions ?? [],
      impacts: Object.fromEntries(
        IMPACT_SPANS.flatMap((span) => (system.bia?.impacts?.[span] ? [[span, system.bia.impacts[span]]] : [])),
      ),
      gaps: [],
    };
    if (system.mtd !== undefined) row.mtd = system.mtd;
    if (system.rto !== undefined) row.rto = system.rto;
    if (system.rpo !== undefined) row.rpo = system.rpo;
    if (system.bia) row.analysed = { date: system.bia.date, by: system.bia.by };
    row.gaps = gapsOf(row);
    return row;
  });
  return {
    ...(library.organization !== undefined ? { organization: library.organization } : {}),
    today: localDay(now),
    systems,
  };
}

/** The title every format gives the report. */
export function biaTitle(report: BiaReport): string {
  return `Business impact analysis${report.organization ? `: ${report.organization}` : ''}`;
}

/** What the report says when a library lists no systems. */
export const NO_SYSTEMS = 'The library lists no systems: add them to systems.yaml, then run coop bia for each.';
