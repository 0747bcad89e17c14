// The few prompts a walk needs, behind an interface so the interactive
// driver can be tested with scripted answers, and so the inquirer packages
// are loaded only when a person is actually asked something.
import type { IO } from '../../system/io.js';
import { Interrupted } from '../../system/errors.js';
import { BRACKETED_PASTE_OFF, BRACKETED_PASTE_ON } from '../../system/terminal-modes.js';
import type { InterruptWatch } from '../interrupts.js';
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

/**
 * What Esc does at a list. Without it Esc leaves the cursor where it is. `answer`: Esc answers with that
 * choice, as if it were chosen (a way back that takes nothing back). `showBack`: the first Esc puts the
 * cursor on that choice, for Enter or a second Esc to choose it (a way back that takes something back).
 */
export type ListEscape<V> = { answer: V } | { showBack: V };

export interface SelectOptions<V> {
  /** Aborting it takes the prompt away (PromptWithdrawn), as when the time for something else has come. */
  withdraw?: AbortSignal;
  escape?: ListEscape<V>;
}

export interface TextOptions {
  validate?: (text: string) => true | string;
  /** Put in to edit by Tab, and given back as it is by Enter alone. */
  draft?: string;
  /** What the question's line says once Esc has gone back ("not skipped"). */
  back: string;
}

export interface Prompter {
  select<V>(
    message: string,
    choices: Array<PromptChoice<V> | typeof SEPARATOR>,
    options?: SelectOptions<V>,
  ): Promise<V>;
  input(message: string, validate?: (text: string) => true | string, defaultValue?: string): Promise<string>;
  /**
   * Text that may have several lines (a note): a paste keeps every line. Esc goes back: undefined. With
   * words typed, the first Esc says that a second throws them away.
   */
  text(message: string, options: TextOptions): Promise<string | undefined>;
  search<V>(message: string, source: (term: string) => Array<PromptChoice<V>>): Promise<V>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
  /** Any number of the choices, each ticked with the space bar. */
  checkbox<V>(message: string, choices: Array<CheckboxChoice<V> | typeof SEPARATOR>): Promise<V[]>;
  /**
   * What to draw again above a prompt that is drawn again after Ctrl-Z and `fg` (the step it asks about),
   * under what the shell printed meanwhile.
   */
  drawAgainAbove?(draw: (() => void) | undefined): void;
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

/**
 * Why coop itself cut a prompt short: to ask it again (`redraw`: after Ctrl-Z and `fg`, drawn again under
 * what the shell printed; `in-place`: in the place it had, as after Esc at a list), or to give `answer` (Esc
 * at a list that has a way back), the prompt's lines erased and `said` in their place.
 */
type Cut = { again: 'redraw' | 'in-place' } | { answer: unknown; said: string };

class CutShort extends Error {
  override name = 'CutShort';
  constructor(readonly cut: Cut) {
    super('the prompt was cut short');
  }
}

/**
 * Runs a prompt and turns its interruption into Interrupted (or PromptWithdrawn, when `withdraw` took it
 * away, or CutShort, when coop cut it short through `cut`).
 */
async function guarded<T>(
  ask: () => Promise<T>,
  withdraw: AbortSignal | undefined,
  interrupt: AbortSignal,
  cut: AbortSignal,
): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if (isPromptInterrupt(error) && !interrupt.aborted && withdraw?.aborted) throw new PromptWithdrawn();
    if (isPromptInterrupt(error) && !interrupt.aborted && cut.aborted) throw new CutShort(cut.reason as Cut);
    if (isPromptInterrupt(error)) throw new Interrupted();
    throw error;
  }
}

const plain = (text: string) => text;

/**
 * Runs a prompt with the terminal's bracketed paste on, and always turns it off again: it marks where a
 * paste begins and ends, so the text prompt can keep a paste's line breaks instead of taking the first as Enter.
 */
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

/** What the prompter needs of the walk's watch on signals: its abort, and word of each `fg` at a prompt. */
export type PromptSignals = Pick<InterruptWatch, 'signal'> & Partial<Pick<InterruptWatch, 'onContinue'>>;

/** The context of one prompt: where it reads and draws, its abort, and whether its lines are erased when it ends. */
interface PromptContext {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  signal: AbortSignal;
  /** inquirer reads it when the prompt ends: set to erase a prompt cut short to be drawn again in its place. */
  clearPromptOnDone?: boolean;
}

type Key = { name?: string; ctrl?: boolean } | undefined;

/** Keys that type nothing and that a list has no use for: the cursor stays where it is at them. */
const TYPES_NOTHING = new Set(['left', 'right', 'home', 'end', 'pageup', 'pagedown', 'insert', 'delete']);

/** Loads the inquirer prompt packages (only now: other commands never pay for them). */
export async function inquirerPrompter(
  io: IO,
  output: 'stdout' | 'stderr',
  color: boolean,
  signals: PromptSignals,
): Promise<Prompter> {
  const { select, Separator, input, text, search, confirm, checkbox, makeTheme } = await import(
    '../../vendor/prompts.js'
  );
  const { signal } = signals;
  const terminal = io[output] as unknown as NodeJS.WritableStream;
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
  const inquirerStyle = makeTheme().style;
  const highlight = (color ? inquirerStyle : PLAIN_THEME.style).highlight;
  /** A list's theme: its line of keys, with Esc's when Esc goes back there; `highlighted` told the choice under the cursor. */
  const listTheme = (escapes: boolean, highlighted?: (drawn: string) => void) => ({
    ...theme,
    style: {
      ...(color ? {} : PLAIN_THEME.style),
      keysHelpTip: (keys: Array<[string, string]>) => keysHelpTip(escapes ? [...keys, ['esc', 'back']] : keys),
      highlight: (drawn: string) => {
        highlighted?.(drawn);
        return highlight(drawn);
      },
    },
  });
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
  /** Words shown under a question (a draft to edit), broken between words, each line under the question's text. */
  const shownUnder = (words: string) =>
    words
      .split('\n')
      .flatMap((line) => wrap(line, io.columns - NAME_INDENT.length))
      .map((l) => NAME_INDENT + l)
      .join('\n');
  /** The line a list's question leaves once answered, as inquirer draws it: for an answer Esc gave. */
  const answeredLine = (question: string, base: ReturnType<typeof listTheme>, answer: string) => {
    const { message, theme: fitted } = asked(question, base);
    const made = makeTheme(fitted);
    const mark = typeof made.prefix === 'string' ? made.prefix : made.prefix.done;
    return `${mark} ${made.style.message(message, 'done')} ${made.style.answer(answer)}\n`;
  };

  // The prompts open now (one at a time, but a prompt may wait on a withdraw), each cut short at `fg`.
  const open = new Set<AbortController>();
  signals.onContinue?.(() => {
    for (const cut of open) cut.abort({ again: 'redraw' } satisfies Cut);
  });
  let drawAbove: (() => void) | undefined;

  /**
   * Asks until answered. A prompt cut short is asked again, by `ask` with the state it kept (the choice under
   * the cursor, the words typed): after `fg` drawn anew, with what is above it, under what the shell printed,
   * since inquirer would erase lines that are the shell's now; after Esc at a list, in its own place.
   */
  const untilAnswered = async <T>(
    ask: (context: PromptContext, cut: AbortController) => Promise<T>,
    withdraw?: AbortSignal,
  ): Promise<T> => {
    for (;;) {
      const cut = new AbortController();
      const context: PromptContext = {
        input: io.stdin,
        output: terminal,
        signal: AbortSignal.any([signal, cut.signal, ...(withdraw ? [withdraw] : [])]),
      };
      open.add(cut);
      try {
        return await guarded(() => ask(context, cut), withdraw, signal, cut.signal);
      } catch (error) {
        if (!(error instanceof CutShort)) throw error;
        if ('answer' in error.cut) {
          terminal.write(error.cut.said);
          return error.cut.answer as T;
        }
        if (error.cut.again === 'redraw') drawAbove?.();
      } finally {
        open.delete(cut);
      }
    }
  };

  /** While a prompt is open, `onKey` is told each key before the prompt is. */
  const withKeys = async <T>(onKey: (key: Key) => void, ask: () => Promise<T>): Promise<T> => {
    const listener = (_text: unknown, key: Key) => onKey(key);
    // First in line, so that it sees a key before the prompt acts on it.
    io.stdin.prependListener('keypress', listener);
    try {
      return await ask();
    } finally {
      io.stdin.removeListener('keypress', listener);
    }
  };

  return {
    select: (question, choices, options = {}) => {
      const { withdraw, escape: onEscape } = options;
      const shownChoices = toChoices(choices);
      const drawn = shownChoices.flatMap((c) => (c instanceof Separator ? [] : [c]));
      // The choice under the cursor, told by the theme as the list is drawn: a list drawn again starts there.
      let under: (typeof drawn)[number] | undefined;
      // Kept from Ctrl-Z or Esc until the list is drawn again: inquirer takes either key for the first
      // letters of a choice's name, and moves to the first choice.
      let held = false;
      const highlighted = (line: string) => {
        if (held) return;
        const named = drawn.filter((c) => line.endsWith(` ${c.name}`));
        under = named.sort((a, b) => b.name.length - a.name.length)[0] ?? under;
      };
      const base = listTheme(onEscape !== undefined, highlighted);
      /** Esc chose `choice`: the line the list leaves is the one a choice by Enter would. */
      const chosen = (choice: (typeof drawn)[number] | undefined): Cut => ({
        answer: choice?.value,
        said: answeredLine(question, base, choice?.short ?? choice?.name ?? ''),
      });
      const way =
        onEscape && drawn.find((c) => c.value === ('answer' in onEscape ? onEscape.answer : onEscape.showBack));
      return untilAnswered((context, cut) => {
        held = false;
        const shown = {
          ...asked(question, base),
          choices: shownChoices,
          pageSize: 12,
          loop: false,
          ...(under ? { default: under.value } : {}),
        };
        const onKey = (key: Key) => {
          if (key?.ctrl && key.name === 'z') held = true;
          if (key?.name !== undefined && TYPES_NOTHING.has(key.name)) {
            // inquirer takes these, as Esc, for the first letters of a choice's name (none) and moves to the
            // first choice, where Enter lands: Left to go back a step would make it Done.
            held = true;
            context.clearPromptOnDone = true;
            cut.abort({ again: 'in-place' } satisfies Cut);
            return;
          }
          if (key?.name !== 'escape') return;
          held = true;
          // inquirer's list takes Esc for the first letters of a choice's name, and moves to the first
          // choice: the list is drawn again in its place instead, the cursor where it was or on the way back.
          context.clearPromptOnDone = true;
          if (way && onEscape && ('answer' in onEscape || under === way)) cut.abort(chosen(way));
          else {
            under = way ?? under;
            cut.abort({ again: 'in-place' } satisfies Cut);
          }
        };
        return withKeys(onKey, () => select(shown, context));
      }, withdraw);
    },
    input: (question, validate, defaultValue) =>
      untilAnswered((context) => {
        const defaults = defaultValue !== undefined ? { default: defaultValue } : {};
        return input({ ...asked(question, theme), validate, ...defaults }, context);
      }),
    text: (question, options) => {
      // What is typed, kept for a prompt drawn again.
      let typed = '';
      return untilAnswered((context) =>
        pasting(io[output], () =>
          text(
            {
              ...asked(question, theme),
              back: options.back,
              backAgain: 'Esc again goes back without what you typed.',
              // Enter is the question's to explain: at some it ends the text, at others alone it goes back.
              help: keysHelpTip([
                ...(options.draft !== undefined ? ([['tab', 'edit']] as Array<[string, string]>) : []),
                ['esc', 'back'],
              ]),
              initial: typed,
              onChange: (now) => {
                typed = now;
              },
              ...(options.validate ? { validate: options.validate } : {}),
              ...(options.draft !== undefined ? { draft: options.draft, draftShown: shownUnder(options.draft) } : {}),
            },
            context,
          ),
        ),
      );
    },
    checkbox: (question, choices) =>
      untilAnswered((context) =>
        checkbox(
          { ...asked(question, listTheme(false)), choices: toChoices(choices), pageSize: 12, loop: false },
          context,
        ),
      ),
    search: (question, source) =>
      untilAnswered((context, cut) =>
        // Esc takes back the words typed: the list is drawn again, whole, in its place.
        withKeys(
          (key) => {
            if (key?.name !== 'escape') return;
            context.clearPromptOnDone = true;
            cut.abort({ again: 'in-place' } satisfies Cut);
          },
          () =>
            search(
              {
                ...asked(question, listTheme(false)),
                source: (term) => source(term ?? '').map(onWords),
                pageSize: 12,
              },
              context,
            ),
        ),
      ),
    confirm: (question, defaultValue) =>
      untilAnswered((context) => confirm({ ...asked(question, theme), default: defaultValue }, context)),
    drawAgainAbove: (draw) => {
      drawAbove = draw;
    },
  };
}
