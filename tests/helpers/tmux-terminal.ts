// coop's built binary in a real terminal: a tmux session on a server of the
// tests' own, its screen read as a person would see it, keys sent as typed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JournalEvent } from '../../src/journal/events.js';
import { readJournalFile } from '../../src/journal/reader.js';
import { COOP_BIN, tempDir } from './paths.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.log('terminal tests: skipped, because tmux is not installed (apt-get install tmux)');

// A server of our own, so the test never touches a person's tmux sessions.
const SOCKET = `coop-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

/** An interactive shell with job control (Ctrl-Z, fg), without a person's settings, and how it says the exit code of a job brought back by fg. */
const SHELLS = {
  bash: { start: 'bash --norc --noprofile -i', status: '$?' },
  zsh: { start: 'zsh -f -i', status: '$?' },
  // fish's fg is 0 whatever the job's exit code (3.6): it has none to tell.
  fish: { start: 'fish --no-config -i', status: undefined },
} as const;

export type Shell = keyof typeof SHELLS;

export const hasShell = (shell: Shell) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/**
 * A terminal running `coop args...` in a fresh folder; the shell writes coop's exit code to a file.
 * `closing`: the terminal will be closed under coop, so its shell ignores SIGHUP to live on and write
 * the exit code, and coop's stderr goes to a file that outlives the screen.
 * `shell`: coop is typed at that shell, with job control, for Ctrl-Z; `fg()` carries it on (and once it
 * ends, the shell writes the exit code). `wrapped`: typed inside `sh -c '...'`, as npx and npm run start it.
 */
export function terminal(
  name: string,
  args: string,
  { closing = false, shell, wrapped = false }: { closing?: boolean; shell?: Shell; wrapped?: boolean } = {},
) {
  const dir = tempDir();
  const journal = join(dir, 'journal');
  const exitFile = join(dir, 'exit-code');
  const stderrFile = join(dir, 'stderr');
  const prefix = closing ? `trap '' HUP; ` : '';
  const redirect = closing ? ` 2>'${stderrFile}'` : '';
  const coop = `env -u NO_COLOR -u CI -u npm_command -u NODE_EXTRA_CA_CERTS COOP_JOURNAL_DIR='${journal}' TERM=xterm-256color '${process.execPath}' '${COOP_BIN}' ${args}`;
  const command = shell
    ? `cd '${dir}' && ${SHELLS[shell].start}`
    : `${prefix}cd '${dir}' && ${coop}${redirect}; echo $? > '${exitFile}'; sleep 30`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '50', command);
  // Typed at the shell as a person would; a job stopped by Ctrl-Z has no exit code until it ends after fg.
  if (shell) tmux('send-keys', '-t', name, '-l', `${wrapped ? `sh -c "${coop}"` : coop}\n`);
  const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-200', '-t', name);
  return {
    dir,
    journal,
    stderr: () => readFileSync(stderrFile, 'utf8'),
    /** The events of the one journal coop wrote in this terminal. */
    events: (): JournalEvent[] => {
      const [name] = readdirSync(journal).filter((n) => n.endsWith('.jsonl'));
      if (name === undefined) throw new Error(`no journal in ${journal}`);
      return readJournalFile(join(journal, name)).events;
    },
    close: () => tmux('kill-session', '-t', name),
    /** Whether the terminal shows its cursor. */
    cursorShown: () => tmux('display', '-p', '-t', name, '#{cursor_flag}').trim() === '1',
    /** At the shell, once coop stopped: carries it on, and the exit code is written when it ends. */
    fg: () => {
      const status = shell ? SHELLS[shell].status : '$?';
      tmux('send-keys', '-t', name, '-l', status ? `fg; echo ${status} > '${exitFile}'\n` : 'fg\n');
    },
    /** Whether `exitCode` can tell how coop ended after `fg`. */
    tellsExitAfterFg: shell === undefined || SHELLS[shell].status !== undefined,
    screen,
    keys: (...k: string[]) => tmux('send-keys', '-t', name, ...k),
    /** Pastes text as a terminal does: bracketed when coop turned that on, each line break sent as Enter. */
    paste: (text: string) => {
      execFileSync('tmux', ['-L', SOCKET, 'load-buffer', '-b', name, '-'], { input: text });
      tmux('paste-buffer', '-p', '-d', '-b', name, '-t', name);
    },
    waitFor: async (text: string | RegExp, ms = 15_000): Promise<string> => {
      for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
        const shown = screen();
        if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
        if (Date.now() > end) throw new Error(`"${text}" never appeared on the screen:\n${shown}`);
      }
    },
    exitCode: async (ms = 10_000): Promise<string> => {
      for (const end = Date.now() + ms; ; await new Promise((r) => setTimeout(r, 50))) {
        const code = existsSync(exitFile) ? readFileSync(exitFile, 'utf8').trim() : '';
        if (code) return code;
        if (Date.now() > end) throw new Error(`coop did not exit:\n${screen()}`);
      }
    },
  };
}

/** Ends the tests' tmux server and every terminal on it. */
export function closeTerminals(): void {
  spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
}
