import type { Formatter } from '../report.js';
import { render as compact } from './compact.js';
import { render as github } from './github.js';
import { render as json } from './json.js';
import { render as sarif } from './sarif.js';
import { render as stylish } from './stylish.js';

export const FORMATS = { stylish, compact, json, sarif, github } satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name);
}
