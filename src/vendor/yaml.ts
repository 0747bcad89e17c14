// The yaml package, bundled on its own (scripts/build.mjs, like every file of
// src/vendor/) and loaded only when a file needs it (src/library/yaml-package.ts):
// js-yaml reads nearly every library file, and yaml reads the rest and words
// their errors.
export { Composer, isAlias, isCollection, isMap, isPair, isScalar, isSeq, Parser } from 'yaml';
