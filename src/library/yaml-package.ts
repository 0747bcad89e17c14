// The yaml package for the files the fast reader leaves to it, loaded on first
// use rather than at start-up: a run over well-formed files never needs it.
// From the build it is dist/vendor/yaml.cjs beside the bundle, required with
// the bundle's own require (bin/coop.js's, which keeps a code cache of it);
// from the TypeScript sources (tests), the package itself.
import { createRequire } from 'node:module';

type Yaml = typeof import('../vendor/yaml.js');
let loaded: Yaml | undefined;

export function yamlPackage(): Yaml {
  if (!loaded) {
    // A CommonJS bundle has its require; an ES module (the sources) has none.
    const load = typeof require === 'function' ? require : createRequire(import.meta.url);
    try {
      loaded = load('./vendor/yaml.cjs') as Yaml;
    } catch {
      loaded = createRequire(import.meta.url)('yaml') as Yaml;
    }
  }
  return loaded;
}
