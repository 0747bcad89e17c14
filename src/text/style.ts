// Colour through one chalk instance per stream, at the level the IO context
// decided (chalk's own detection honours FORCE_COLOR but ignores NO_COLOR).
// chalk is imported only when colour is on: measured, loading it is a sixth
// of start-up, and a pipe or NO_COLOR never needs it.
import type { ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

/** A style that leaves text as it is, with chalk's chaining (style.red.bold(x)). */
export const plainStyle: Style = (() => {
  const identity = (...text: unknown[]) => text.join(' ');
  const proxy: unknown = new Proxy(identity, {
    // `then` stays undefined, or `await loadStyle()` would take this for a promise.
    get: (_target, key) => (key === 'level' ? 0 : key === 'then' ? undefined : proxy),
    apply: (_target, _this, args: unknown[]) => args.join(' '),
  });
  return proxy as Style;
})();

export async function loadStyle(color: boolean): Promise<Style> {
  if (!color) return plainStyle;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
