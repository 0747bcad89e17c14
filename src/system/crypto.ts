// node:crypto, loaded the first time it is needed rather than when coop
// starts: its import is ~4 ms of a ~75 ms `coop list` (measured), and only
// writes (temporary names, incident ids, content hashes) need it.
export function nodeCrypto(): typeof import('node:crypto') {
  return process.getBuiltinModule('node:crypto');
}
