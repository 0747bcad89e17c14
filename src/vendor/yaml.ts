// The yaml package, bundled on its own (scripts/build.mjs, like every file of
// src/vendor/) and loaded only when a file needs it (src/library/yaml-package.ts):
// js-yaml reads nearly every library file, and yaml reads the rest and words
// their errors. The commands that write a user's YAML (src/edit/) take it from
// here too, so that the 160 KB of it are not in the CLI bundle that every
// start-up reads and compiles.
export {
  Composer,
  Document,
  isAlias,
  isCollection,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Pair,
  Parser,
  parse,
  parseDocument,
  Scalar,
  YAMLMap,
  YAMLSeq,
} from 'yaml';
