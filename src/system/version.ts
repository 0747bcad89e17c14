// coop's own version, written into the bundle by the build (scripts/build.mjs)
// and by vitest's config, so that journals and reports name the release that
// wrote them.
declare const __COOP_VERSION__: string;
export const VERSION = typeof __COOP_VERSION__ === 'string' ? __COOP_VERSION__ : '0.0.0-dev';
