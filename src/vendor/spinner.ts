// ora, loaded only when a long step shows a spinner on a terminal (bundled on
// its own by scripts/build.mjs, like every file of src/vendor/).
export { default as ora } from 'ora';
