// The package as a person installs it, for the bench's read-only start-up
// figure: `npm pack` of this checkout, installed globally with no network
// into a prefix of its own, then made read-only, as a system-wide install is
// to the person running it. Root writes through permission bits, so under
// root the runs go through setpriv as nobody, with a cache folder nobody owns
// (where coop keeps V8's code cache and the library cache); elsewhere the
// running user, whom a read-only prefix does stop.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NOBODY = 65534;
const SETPRIV = ['setpriv', `--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups'];

/** npm's output; a failure throws with npm's own words (execFileSync puts its stderr in the message). */
const npm = (args, cwd) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

/**
 * Installs the package of `root` under `work` (which it opens to every user)
 * and makes the prefix read-only. Returns the installed bin/coop.js, the
 * wrapper every compared run must go through, the cache folder and home for
 * those runs, and `restore()`, which makes the prefix writable again so the
 * bench can remove it.
 */
export function installReadOnly(root, work) {
  chmodSync(work, 0o755);
  const [packed] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root));
  const prefix = join(work, 'prefix');
  npm(['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(work, packed.filename)], work);
  const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const bin = join(prefix, 'lib', 'node_modules', name, 'bin', 'coop.js');
  const home = join(work, 'readonly-home');
  mkdirSync(join(home, 'cache'), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const dir of [home, join(home, 'cache')]) chownSync(dir, NOBODY, NOBODY);
  spawnSync('chmod', ['-R', 'a-w', prefix]);
  return {
    bin,
    wrapper: asRoot ? SETPRIV : [],
    who: asRoot ? `as user ${NOBODY} (root writes through permissions)` : 'as this user',
    env: { HOME: home, COOP_CACHE_DIR: join(home, 'cache') },
    restore: () => spawnSync('chmod', ['-R', 'u+w', prefix]),
  };
}
