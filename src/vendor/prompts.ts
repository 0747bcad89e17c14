// The inquirer prompts, as one module: only a walkthrough on a terminal loads
// it. The build (scripts/build.mjs) ships every file of src/vendor/ as a
// bundle of its own beside dist/cli.cjs, so the commands that never prompt
// never read these packages at all.
import {
  createPrompt,
  isBackspaceKey,
  isEnterKey,
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
// Typed Enter still ends the text, as in every other prompt.
export interface TextConfig {
  message: string;
  validate?: (text: string) => true | string;
  theme?: PartialDeep<Theme>;
}

/** How the lines above the one being typed are shown: the first, and how many more. */
function earlierLines(lines: readonly string[]): string {
  if (lines.length === 0) return '';
  const more = lines.length - 1;
  return `${lines[0]}\n${more > 0 ? `  ... and ${more} more line${more === 1 ? '' : 's'}\n` : ''}  `;
}

export const text = createPrompt<string, TextConfig>((config, done) => {
  const theme = makeTheme(config.theme);
  const [status, setStatus] = useState<Status>('idle');
  // The lines before the one readline is editing; readline itself holds only one line.
  const [earlier, setEarlier] = useState<string[]>([]);
  const [line, setLine] = useState('');
  const [error, setError] = useState<string | undefined>();
  const prefix = usePrefix({ status, theme });
  const pasting = useRef(false);
  const pasted = useRef<string[]>([]);
  // readline empties its line at every line break before a key handler sees it: keep what it ended.
  const ended = useRef('');

  useEffect((rl) => {
    const onLine = (...args: unknown[]) => {
      const text = String(args[0]);
      if (pasting.current) pasted.current.push(text);
      else ended.current = text;
    };
    rl.on('line', onLine);
    return () => {
      rl.removeListener('line', onLine);
    };
  }, []);

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
      return;
    }
    if (pasting.current) return; // drawn once, at the end of the paste
    if (isEnterKey(key)) {
      const text = [...earlier, ended.current].join('\n');
      const valid = config.validate ? config.validate(text) : true;
      if (valid === true) {
        setLine(ended.current);
        setStatus('done');
        done(text);
      } else {
        rl.write(ended.current);
        setError(valid);
      }
      return;
    }
    if (isBackspaceKey(key) && line === '' && rl.line === '' && earlier.length > 0) {
      // Backspace at the start of a line joins it to the line above, as in an editor.
      rl.write(earlier.at(-1) ?? '');
      setEarlier(earlier.slice(0, -1));
      setLine(rl.line);
      return;
    }
    setLine(rl.line);
    setError(undefined);
  });

  const message = theme.style.message(config.message, status);
  if (status === 'done') {
    // As the note is kept: without the blank lines a paste ending in a line break leaves around it.
    const [first = '', ...rest] = [...earlier, line].join('\n').trim().split('\n');
    const more = rest.length > 0 ? ` (and ${rest.length} more line${rest.length === 1 ? '' : 's'})` : '';
    return `${prefix} ${message} ${theme.style.answer(first)}${more}`;
  }
  return [`${prefix} ${message} ${earlierLines(earlier)}${line}`, error ? theme.style.error(error) : ''];
});
