// The yaml package for the files the fast reader leaves to it, loaded on first
// use rather than at start-up: a run over well-formed files never needs it.
// From the build it is dist/vendor/yaml.cjs beside the bundle; from the
// TypeScript sources (tests), the package itself.
import { createRequire } from 'node:module';

type Yaml = typeof import('../vendor/yaml.js');
let loaded: Yaml | undefined;

export function yamlPackage(): Yaml {
  if (!loaded) {
    const load = createRequire(import.meta.url);
    try {
      loaded = load('./vendor/yaml.cjs') as Yaml;
    } catch {
      loaded = load('yaml') as Yaml;
    }
  }
  return loaded;
}
