// Commits exactly what `npm pack` ships onto the branch `release`, so that
// `npm install -g git+<repository>#release` installs the built files with no
// build and no dependencies: a global install from git cannot run the build
// (npm/cli#8440; scripts/prepare.mjs). The branch's package.json has no
// scripts and no devDependencies, so npm builds nothing there. The working
// tree and the current branch are left alone: the commit is made with a
// temporary index, its parent the branch's last commit.
//
//   node scripts/release-branch.mjs        (then push the branch: git push origin release)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BRANCH = 'refs/heads/release';
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'coop-release-'));
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], ...options });

try {
  const [{ filename, version }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work]));
  run('tar', ['-xzf', join(work, filename), '-C', work]);
  const tree = join(work, 'package');
  const manifest = JSON.parse(readFileSync(join(tree, 'package.json'), 'utf8'));
  for (const buildOnly of ['scripts', 'devDependencies', 'overrides']) delete manifest[buildOnly];
  writeFileSync(join(tree, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const git = (args, input) =>
    run('git', args, { env: { ...process.env, GIT_INDEX_FILE: join(work, 'index') }, input }).trim();
  git(['--work-tree', tree, 'add', '--all', '--force', '.']);
  const treeId = git(['write-tree']);
  const source = git(['rev-parse', '--short', 'HEAD']);
  let parent = [];
  try {
    parent = ['-p', git(['rev-parse', '--verify', '--quiet', BRANCH])];
  } catch {
    // The first release commit.
  }
  const commit = git(['commit-tree', treeId, ...parent, '-m', `coop ${version}, built from ${source}`]);
  git(['update-ref', BRANCH, commit]);
  process.stderr.write(
    `coop: ${BRANCH.slice(11)} is now ${commit.slice(0, 12)}: coop ${version} built from ${source}\n`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
