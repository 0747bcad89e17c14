// ical-generator, loaded only when coop calendar writes a feed (bundled on its
// own by scripts/build.mjs, like every file of src/vendor/).
export { default as ical } from 'ical-generator';
