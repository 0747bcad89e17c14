// The inquirer prompts, as one module: only a walkthrough on a terminal loads
// it. The build (scripts/build.mjs) ships every file of src/vendor/ as a
// bundle of its own beside dist/cli.cjs, so the commands that never prompt
// never read these packages at all.
export { default as select, Separator } from '@inquirer/select';
export { default as input } from '@inquirer/input';
export { default as search } from '@inquirer/search';
export { default as confirm } from '@inquirer/confirm';
export { default as checkbox } from '@inquirer/checkbox';
