// The script each shell loads to complete coop's command line. Each one only
// hands the typed words to `coop __complete` (complete.ts), so what is
// offered always matches the installed coop and the library at hand.

import { coopCommand } from '../system/invocation.js';
import type { IO } from '../system/io.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      // -o default: where coop offers nothing (a folder, a file), bash completes file names.
      return `# coop completion for bash: add to ~/.bashrc   eval "$(coop completion bash)"
_coop_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(coop __complete -- "\${COMP_WORDS[@]:0:COMP_CWORD+1}" 2>/dev/null))
}
complete -o default -F _coop_complete coop
`;
    case 'zsh':
      return `# coop completion for zsh: add to ~/.zshrc   eval "$(coop completion zsh)"
_coop_complete() {
  local -a candidates
  candidates=("\${(@f)$(coop __complete -- "\${(@)words[1,CURRENT]}" 2>/dev/null)}")
  if (( \${#candidates[@]} )) && [[ -n "\${candidates[1]}" ]]; then compadd -a candidates; else _files; fi
}
compdef _coop_complete coop
`;
    case 'fish':
      return `# coop completion for fish: coop completion fish > ~/.config/fish/completions/coop.fish
complete -c coop -f -a '(coop __complete -- (commandline -opc) (commandline -ct) 2>/dev/null)'
`;
  }
}

/**
 * Started by npx, coop is not on the PATH: the script completes the `coop` command, which the shell
 * cannot find, so <TAB> would offer nothing and say nothing. Say so, and how to have it; the script is
 * still printed, for once coop is installed.
 */
function notOnPathNote(env: NodeJS.ProcessEnv): string | undefined {
  if (coopCommand(env) === 'coop') return undefined;
  return 'coop completion: started by npx, coop is not on your PATH, and the script runs `coop`; install coop first (in a clone: npm pack && npm install -g ./coop-runbooks-*.tgz), then load the script as the README\'s "Shell completion" says\n';
}

export async function run(options: { shell: Shell }, io: IO): Promise<number> {
  io.stdout.write(completionScript(options.shell));
  const note = notOnPathNote(io.env);
  if (note) io.stderr.write(note);
  return 0;
}
