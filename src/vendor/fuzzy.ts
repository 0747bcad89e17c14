// fuse.js, loaded only when a person looks for a runbook by what they type
// (bundled on its own by scripts/build.mjs, like every file of src/vendor/).
export { default as Fuse } from 'fuse.js';
