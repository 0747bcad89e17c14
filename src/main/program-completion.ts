// `coop completion <shell>` prints the shell's completion script; the hidden
// `coop __complete WORDS...` is what that script calls on each <TAB>. Both
// are declared here rather than with defineCommand: completing reads the
// whole command tree, which only the program holds.
import { Argument } from '@commander-js/extra-typings';
import type { Start } from './define-command.js';
import { examples, type Program } from './program.js';
import { SHELLS } from './completion-scripts.js';

export function declareCompletion(program: Program, start: Start): void {
  program
    .command('completion')
    .description('print the script that completes coop commands, options, runbook and incident ids in your shell')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .addHelpText(
      'after',
      examples(
        'eval "$(coop completion bash)"     (in ~/.bashrc)',
        'eval "$(coop completion zsh)"      (in ~/.zshrc, after compinit)',
        'coop completion fish > ~/.config/fish/completions/coop.fish',
      ),
    )
    .action((shell) => start(() => import('./completion-scripts.js'), { shell }));
  program
    .command('__complete', { hidden: true })
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action((words) => start(() => import('./complete.js'), { words, program }));
}
