// The files `coop schema --file` describes, as names alone: the option's
// choices must not load zod and the schemas (src/commands/schema.ts has the
// table, which TypeScript holds to these names).
export const SCHEMA_FILE_KINDS = ['runbook', 'contacts', 'systems', 'config', 'exercise', 'improvements'] as const;
