// What bin/coop.js needs before it loads the program, built on its own as
// dist/launch.cjs (a few hundred bytes): where the user's cache folder is and
// which command a command line names, to find that command's V8 code cache,
// and how to make the folder it keeps that cache in.
export { userCacheDir } from '../system/cache-dir.js';
export { makeFolder } from '../system/make-folder.js';
export { commandWord } from './command-word.js';
