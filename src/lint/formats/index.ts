// The output formats, each imported only when chosen: chalk, for one, is
// needed by stylish alone, and every module loaded is start-up time a person
// waits through during an outage.
import type { Formatter } from '../report.js';

export const FORMATS = {
  stylish: async () => (await import('./stylish.js')).render,
  compact: async () => (await import('./compact.js')).render,
  json: async () => (await import('./json.js')).render,
  sarif: async () => (await import('./sarif.js')).render,
  github: async () => (await import('./github.js')).render,
} satisfies Record<string, () => Promise<Formatter>>;
export type FormatName = keyof typeof FORMATS;
