// The formats of `coop export`: the whole plan as a printable binder (HTML)
// or as one Markdown file for a wiki. Each renderer is imported only when
// chosen: Markdown never loads dagre. The command offers exactly these keys
// as --format choices: a format added here is a choice there.
import type { Library } from '../library/library.js';

export interface LibraryFormat {
  /** What the file holds, for "coop: wrote ... to FILE". */
  what: string;
  /** The file name suggested to a person who sent it to a terminal. */
  suggestedFile: string;
  render: () => Promise<(library: Library, now: Date) => string>;
}

export const LIBRARY_FORMATS = {
  html: {
    what: 'the printable binder',
    suggestedFile: 'binder.html',
    render: async () => (await import('./html.js')).renderBinderHtml,
  },
  markdown: {
    what: 'the plan as Markdown',
    suggestedFile: 'PLAN.md',
    render: async () => (await import('./markdown.js')).renderLibraryMarkdown,
  },
} satisfies Record<string, LibraryFormat>;
export type LibraryFormatName = keyof typeof LIBRARY_FORMATS;
