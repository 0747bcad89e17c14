// The few prompts a walk needs, behind an interface so the interactive
// driver can be tested with scripted answers, and so the inquirer packages
// are loaded only when a person is actually asked something.
import type { IO } from '../../system/io.js';
import { Interrupted } from '../../system/errors.js';
import { asciiGlyphs } from '../../text/glyphs.js';
import { loadStyle } from '../../text/style.js';
import { displayWidth, joinWithin, wrap } from '../../text/wrap.js';

export interface PromptChoice<V> {
  name: string;
  value: V;
  description?: string;
  /** What the prompt's line says once it is chosen, when not its name. */
  short?: string;
}

export const SEPARATOR = 'separator' as const;

export interface CheckboxChoice<V> extends PromptChoice<V> {
  checked?: boolean;
}

export interface Prompter {
  /** `withdraw`: aborting it takes the prompt away (PromptWithdrawn), as when the time for something else has come. */
  select<V>(
    message: string,
    choices: Array<PromptChoice<V> | typeof SEPARATOR>,
    options?: { withdraw?: AbortSignal },
  ): Promise<V>;
  input(message: string, validate?: (text: string) => true | string, defaultValue?: string): Promise<string>;
  /** Text that may have several lines (a note): a paste keeps every line. */
  text(message: string, validate?: (text: string) => true | string): Promise<string>;
  search<V>(message: string, source: (term: string) => Array<PromptChoice<V>>): Promise<V>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** Any number of the choices, each ticked with the space bar. */
  checkbox<V>(message: string, choices: Array<CheckboxChoice<V> | typeof SEPARATOR>): Promise<V[]>;
}

/** A prompt taken away by its `withdraw` signal: nobody answered it, and nothing was interrupted. */
export class PromptWithdrawn extends Error {
  override name = 'PromptWithdrawn';
}

/**
 * Ctrl-C at a prompt (ExitPromptError), a closed terminal (the same), or our
 * own abort on SIGINT/SIGTERM/SIGHUP (AbortPromptError). Told by name so this
 * module does not load inquirer to find out.
 */
export function isPromptInterrupt(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError';
}

/** Runs a prompt and turns its interruption into Interrupted (or PromptWithdrawn, when `withdraw` took it away). */
async function guarded<T>(ask: () => Promise<T>, withdraw?: AbortSignal, interrupt?: AbortSignal): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (isPromptInterrupt(error) && withdraw?.aborted && !interrupt?.aborted) throw new PromptWithdrawn();
    if (isPromptInterrupt(error)) throw new Interrupted();
    throw error;
  }
}

const plain = (text: string) => text;

// The terminal's bracketed paste mode: it marks where a paste begins and ends, so the
// text prompt can keep a paste's line breaks instead of taking the first as Enter.
const BRACKETED_PASTE_ON = '\x1b[?2004h';
const BRACKETED_PASTE_OFF = '\x1b[?2004l';

/** Runs a prompt with bracketed paste on, and always turns it off again. */
async function pasting<T>(terminal: { write(text: string): unknown }, ask: () => Promise<T>): Promise<T> {
  terminal.write(BRACKETED_PASTE_ON);
  try {
    return await ask();
  } finally {
    terminal.write(BRACKETED_PASTE_OFF);
  }
}

/** A theme without colour, for --no-color and NO_COLOR (inquirer's own check looks only at the TTY). */
const PLAIN_THEME = {
  prefix: { idle: '?', done: '>' },
  style: {
    answer: plain,
    message: plain,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: plain,
    highlight: plain,
    key: (text: string) => `<${text}>`,
    description: plain,
    disabled: plain,
    searchTerm: plain,
  },
};

/** inquirer's symbols in ASCII, for a terminal that shows no Unicode (src/text/glyphs.ts). */
const ASCII_THEME = {
  prefix: { idle: '?', done: '>' },
  icon: { cursor: '>' },
  spinner: { interval: 120, frames: ['-', '\\', '|', '/'] },
};

/** The mark before a question ("? ", "✔ " once answered): one column and a space. */
const ANSWER_MARK_WIDTH = 2;
/** The mark inquirer puts before what it says of a refused answer ("> "). */
const ERROR_MARK_WIDTH = 2;

type Styler = (text: string) => string;

/** Where the second line of a choice's name starts: under its first, past the cursor. */
const NAME_INDENT = '  ';

/** Loads the inquirer prompt packages (only now: other commands never pay for them). */
export async function inquirerPrompter(
  io: IO,
  output: 'stdout' | 'stderr',
  color: boolean,
  signal: AbortSignal,
): Promise<Prompter> {
  const { select, Separator, input, text, search, confirm, checkbox, makeTheme } = await import(
    '../../vendor/prompts.js'
  );
  const context = { input: io.stdin, output: io[output] as unknown as NodeJS.WritableStream, signal };
  const glyphs = io.unicode ? undefined : ASCII_THEME;
  const theme = color ? glyphs : { ...PLAIN_THEME, ...glyphs };
  // Only lists show a line of keys to press: inquirer's, each key with what it does kept together, on as
  // many lines as the terminal needs (inquirer breaks it where the line runs out, "i i" / "nvert").
  const style = await loadStyle(color);
  const keysHelpTip = (keys: Array<[string, string]>) => {
    const pairs = keys.map(
      ([key, action]) => `${style.bold(io.unicode ? key : asciiGlyphs(key))} ${style.dim(action)}`,
    );
    return joinWithin(pairs, style.dim(io.unicode ? ' • ' : ' - '), io.columns > 0 ? io.columns : Infinity).join('\n');
  };
  const listTheme = { ...theme, style: { ...(color ? {} : PLAIN_THEME.style), keysHelpTip } };
  const separator = io.unicode ? undefined : '-'.repeat(15);
  // inquirer breaks a line where the terminal ends, inside a word ("at the offic" / "e building" on a
  // 40-column phone): a choice's name and description are broken between words first, at the width they
  // are drawn at. A name comes after the cursor and a checkbox (3 columns), its later lines under its
  // first; the answer shown once chosen is the name on one line.
  const onWords = <C extends PromptChoice<unknown>>(choice: C): C => {
    const columns = io.columns;
    const name = wrap(choice.name, columns - NAME_INDENT.length - 1);
    return {
      ...choice,
      ...(name.length > 1 ? { name: name.join(`\n${NAME_INDENT}`), short: choice.short ?? choice.name } : {}),
      ...(choice.description === undefined ? {} : { description: wrap(choice.description, columns).join('\n') }),
    };
  };
  const toChoices = <V>(choices: Array<PromptChoice<V> | typeof SEPARATOR>) =>
    choices.map((c) => (c === SEPARATOR ? new Separator(separator) : onWords(c)));
  // The question, after its mark ("? "), broken between words the same way, one column short of the line:
  // once answered, inquirer puts a space after its last line, which on a full line would start a line of its own.
  const asking = (message: string) => wrap(message, io.columns - ANSWER_MARK_WIDTH - 1).join('\n');
  // Once answered, inquirer writes the answer after the question's last line, where the terminal would
  // break it inside a word when the two do not fit: then the answer goes on lines of its own under it.
  // What a prompt says of a refused answer ("> That number has 7 digits...") is broken between words too.
  const inquirerStyle = makeTheme().style;
  /** The question as drawn, and the theme that fits its answer and refusals to the terminal. */
  const asked = <T>(question: string, base: T): { message: string; theme: T } => {
    const message = asking(question);
    const style = (base as { style?: { answer?: Styler; error?: Styler } } | undefined)?.style;
    const styled = style?.answer ?? inquirerStyle.answer;
    const refused = style?.error ?? inquirerStyle.error;
    const lines = message.split('\n');
    const lastLine = (lines.length === 1 ? ANSWER_MARK_WIDTH : 0) + displayWidth(lines.at(-1) ?? '');
    const answer = (value: string) => {
      if (!(io.columns > 0) || lastLine + 1 + displayWidth(value) <= io.columns) return styled(value);
      const under = wrap(value, io.columns - NAME_INDENT.length).map((l) => NAME_INDENT + styled(l));
      return `\n${under.join('\n')}`;
    };
    // The error's mark ("> ") before its first line, its later lines under its text.
    const error = (text: string) =>
      io.columns > 0
        ? refused(wrap(text, io.columns - ERROR_MARK_WIDTH).join(`\n${' '.repeat(ERROR_MARK_WIDTH)}`))
        : refused(text);
    return { message, theme: { ...base, style: { ...style, answer, error } } as T };
  };
  return {
    select: (question, choices, options = {}) => {
      const { withdraw } = options;
      const withdrawable = withdraw ? { ...context, signal: AbortSignal.any([signal, withdraw]) } : context;
      const shown = { ...asked(question, listTheme), choices: toChoices(choices), pageSize: 12, loop: false };
      return guarded(() => select(shown, withdrawable), withdraw, signal);
    },
    input: (question, validate, defaultValue) =>
      guarded(() =>
        input(
          { ...asked(question, theme), validate, ...(defaultValue !== undefined ? { default: defaultValue } : {}) },
          context,
        ),
      ),
    text: (question, validate) =>
      pasting(io[output], () => guarded(() => text({ ...asked(question, theme), validate }, context))),
    checkbox: (question, choices) =>
      guarded(() =>
        checkbox({ ...asked(question, listTheme), choices: toChoices(choices), pageSize: 12, loop: false }, context),
      ),
    search: (question, source) =>
      guarded(() =>
        search(
          { ...asked(question, listTheme), source: (term) => source(term ?? '').map(onWords), pageSize: 12 },
          context,
        ),
      ),
    confirm: (question, defaultValue) =>
      guarded(() => confirm({ ...asked(question, theme), default: defaultValue }, context)),
  };
}
