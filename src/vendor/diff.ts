// jsdiff, loaded only when a command shows a change to a user's file (bundled
// on its own by scripts/build.mjs, like every file of src/vendor/).
export { createTwoFilesPatch } from 'diff';
