// Copying an update so the person can paste it into a text message or an
// email: the system's clipboard tool when there is one, else OSC 52, the one
// escape sequence coop writes on purpose, which asks the terminal itself
// (and through SSH and tmux, the computer in front of the person) to take it.
import { spawn } from 'node:child_process';
import type { IO, OutputStream } from './io.js';

interface Tool {
  command: string;
  args: string[];
  /** When the tool can work here at all. */
  usable: (env: NodeJS.ProcessEnv) => boolean;
}

const TOOLS: Tool[] = [
  { command: 'wl-copy', args: [], usable: (env) => Boolean(env.WAYLAND_DISPLAY) },
  { command: 'xclip', args: ['-selection', 'clipboard'], usable: (env) => Boolean(env.DISPLAY) },
  { command: 'xsel', args: ['--clipboard', '--input'], usable: (env) => Boolean(env.DISPLAY) },
  { command: 'pbcopy', args: [], usable: () => process.platform === 'darwin' },
  { command: 'clip.exe', args: [], usable: () => process.platform === 'win32' || Boolean(process.env.WSL_DISTRO_NAME) },
];

/** Resolves true when the tool took the text (exit 0), false when it is missing or failed. */
function pipeTo(tool: Tool, text: string, io: IO): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(tool.command, tool.args, { cwd: io.cwd, env: io.env, stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}

/** What happened, in words for the person; undefined when there was no way to copy. */
export async function copyToClipboard(
  text: string,
  io: IO,
  terminal: OutputStream & { isTTY?: boolean },
): Promise<string | undefined> {
  for (const tool of TOOLS) {
    if (tool.usable(io.env) && (await pipeTo(tool, text, io))) return `Copied to the clipboard (${tool.command}).`;
  }
  if (!terminal.isTTY) return undefined;
  terminal.write(`\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`);
  return 'Sent to the clipboard through the terminal (OSC 52); if pasting gives nothing, your terminal does not allow it: copy the text above by hand.';
}
