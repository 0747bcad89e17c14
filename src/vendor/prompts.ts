// The inquirer prompts, as one module: only a walkthrough on a terminal loads
// it. The build (scripts/build.mjs) ships every file of src/vendor/ as a
// bundle of its own beside dist/cli.cjs, so the commands that never prompt
// never read these packages at all.
import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
  isTabKey,
  makeTheme,
  type Status,
  type Theme,
  useEffect,
  useKeypress,
  usePrefix,
  useRef,
  useState,
} from '@inquirer/core';
import type { PartialDeep } from '@inquirer/type';
export { default as select, Separator } from '@inquirer/select';
export { default as input } from '@inquirer/input';
export { default as search } from '@inquirer/search';
export { default as confirm } from '@inquirer/confirm';
export { default as checkbox } from '@inquirer/checkbox';
/** inquirer's own theme, for the colour it gives an answer. */
export { makeTheme };

// A prompt for text of several lines, such as a note: what a person pastes is
// kept whole. @inquirer/input ends at the first line break of a paste (the rest
// falls into the next prompt) and draws itself again at every character, so a
// long paste takes minutes. This one is told a paste by the terminal's
// bracketed paste (its caller turns the mode on): line breaks inside a paste
// are part of the text, and the screen is drawn once, when the paste ends.
// Typed Enter still ends the text, as in every other prompt. Esc goes back
// (the prompt ends with undefined); with words typed, only a second Esc in a
// row does, so that one stray key never throws away what was written.
export interface TextConfig {
  message: string;
  validate?: (text: string) => true | string;
  /** Put in to edit by Tab while nothing is typed, and given back as it is by Enter alone. */
  draft?: string;
  /** The draft as it is shown under the question while nothing is typed, broken between words by the caller. */
  draftShown?: string;
  /** The text typed so far, when the prompt is drawn again (after Ctrl-Z and fg). */
  initial?: string;
  /** Told the text as it stands after every change, so that a prompt drawn again starts from it. */
  onChange?: (text: string) => void;
  /** What the question's line says once Esc has gone back ("not skipped"). */
  back: string;
  /** Said under the words typed at the first Esc: that a second goes back without them. */
  backAgain: string;
  /** The line of keys under the text while nothing else is said there. */
  help?: string;
  theme?: PartialDeep<Theme>;
}

/** How the lines above the one being typed are shown: the first, and how many more. */
function earlierLines(lines: readonly string[]): string {
  if (lines.length === 0) return '';
  const more = lines.length - 1;
  return `${lines[0]}\n${more > 0 ? `  ... and ${more} more line${more === 1 ? '' : 's'}\n` : ''}  `;
}

export const text = createPrompt<string | undefined, TextConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<Status>('idle');
  const initial = (config.initial ?? '').split('\n');
  // The lines before the one readline is editing; readline itself holds only one line.
  const [earlier, setEarlier] = useState<string[]>(initial.slice(0, -1));
  const [line, setLine] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [wentBack, setWentBack] = useState(false);
  const prefix = usePrefix({ status, theme });
  const pasting = useRef(false);
  const pasted = useRef<string[]>([]);
  // readline empties its line at every line break before a key handler sees it: keep what it ended.
  const ended = useRef('');
  // The first Esc over words typed: the next key, if it is Esc too, goes back.
  const escaped = useRef(false);

  useEffect((rl) => {
    const onLine = (...args: unknown[]) => {
      const text = String(args[0]);
      if (pasting.current) pasted.current.push(text);
      else ended.current = text;
    };
    rl.on('line', onLine);
    // The line being typed when the prompt was drawn again goes back into readline, to be edited on.
    const last = initial.at(-1) ?? '';
    if (last) {
      rl.write(last);
      setLine(rl.line);
    }
    return () => {
      rl.removeListener('line', onLine);
    };
  }, []);

  const changed = (lines: readonly string[], typing: string) => config.onChange?.([...lines, typing].join('\n'));

  useKeypress((key, rl) => {
    if (status !== 'idle') return;
    const name = (key as { name?: string }).name;
    if (name === 'paste-start') {
      pasting.current = true;
      pasted.current = [...earlier];
      return;
    }
    if (name === 'paste-end') {
      pasting.current = false;
      setEarlier(pasted.current);
      setLine(rl.line);
      changed(pasted.current, rl.line);
      return;
    }
    if (pasting.current) return; // drawn once, at the end of the paste
    const wasEscaped = escaped.current;
    escaped.current = false;
    if (name === 'escape') {
      const typed = [...earlier, rl.line].join('').trim() !== '';
      if (typed && !wasEscaped) {
        escaped.current = true;
        setError(config.backAgain);
        return;
      }
      setWentBack(true);
      setStatus('done');
      done(undefined);
      return;
    }
    if (isEnterKey(key)) {
      const typed = [...earlier, ended.current].join('\n');
      const text = typed === '' && config.draft !== undefined ? config.draft : typed;
      const valid = config.validate ? config.validate(text) : true;
      if (valid === true) {
        setLine(typed === '' ? text : ended.current);
        setStatus('done');
        done(text);
      } else {
        rl.write(ended.current);
        setError(valid);
      }
      return;
    }
    if (isTabKey(key) && config.draft !== undefined && earlier.length === 0 && rl.line.trim() === '') {
      // Tab puts the draft in, to be edited (its later lines above the one readline edits).
      const lines = config.draft.split('\n');
      rl.clearLine(0);
      rl.write(lines.at(-1) ?? '');
      setEarlier(lines.slice(0, -1));
      setLine(rl.line);
      changed(lines.slice(0, -1), rl.line);
      return;
    }
    if (isBackspaceKey(key) && line === '' && rl.line === '' && earlier.length > 0) {
      // Backspace at the start of a line joins it to the line above, as in an editor.
      rl.write(earlier.at(-1) ?? '');
      setEarlier(earlier.slice(0, -1));
      setLine(rl.line);
      changed(earlier.slice(0, -1), rl.line);
      return;
    }
    setLine(rl.line);
    setError(undefined);
    changed(earlier, rl.line);
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    if (wentBack) return `${prefix} ${message} ${theme.style.answer(config.back)}`;
    // As the note is kept: without the blank lines a paste ending in a line break leaves around it.
    const [first = '', ...rest] = [...earlier, line].join('\n').trim().split('\n');
    const more = rest.length > 0 ? ` (and ${rest.length} more line${rest.length === 1 ? '' : 's'})` : '';
    return `${prefix} ${message} ${theme.style.answer(first)}${more}`;
  }
  // The draft, dimmed, under the question while nothing is typed: what Tab puts in and Enter alone keeps.
  // Not after the question, where inquirer would break it where the line ends, inside words.
  const draft = config.draftShown !== undefined && earlier.length === 0 && line === '' ? config.draftShown : '';
  const under = [draft && theme.style.help(draft), error ? theme.style.error(error) : (config.help ?? '')];
  return [`${prefix} ${message} ${earlierLines(earlier)}${line}`, under.filter(Boolean).join('\n')];
});
