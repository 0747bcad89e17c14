// Colour through one chalk instance per stream, at the level the IO context
// decided (chalk's own detection ignores NO_COLOR: TOOLCHAIN-NOTES.md).
import { Chalk, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

export function makeStyle(color: boolean): Style {
  return new Chalk({ level: color ? 1 : 0 });
}
