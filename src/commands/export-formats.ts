// The formats of `coop export`: the whole plan as a printable binder (HTML),
// as one Markdown file for a wiki, or as the go-kit, a folder for phones.
// Each renderer is imported only when chosen: Markdown never loads dagre.
// The command offers exactly these keys as --format choices: a format added
// here is a choice there.
import type { Library } from '../library/library.js';

interface FormatFacts {
  /** What it holds, for "coop: wrote ... to FILE". */
  what: string;
  /** The file or folder name suggested to a person who gave none. */
  suggestedOut: string;
}

/** A format that is one file, which may also go to stdout. */
export interface FileFormat extends FormatFacts {
  writes: 'file';
  render: () => Promise<(library: Library, now: Date) => string>;
}

/** A format that is a folder of files, by name. */
export interface FolderFormat extends FormatFacts {
  writes: 'folder';
  render: () => Promise<(library: Library, now: Date) => Record<string, string | Buffer>>;
}

export type LibraryFormat = FileFormat | FolderFormat;

export const LIBRARY_FORMATS = {
  html: {
    writes: 'file',
    what: 'the printable binder',
    suggestedOut: 'binder.html',
    render: async () => (await import('../render/html.js')).renderBinderHtml,
  },
  markdown: {
    writes: 'file',
    what: 'the plan as Markdown',
    suggestedOut: 'PLAN.md',
    render: async () => (await import('../render/markdown.js')).renderLibraryMarkdown,
  },
  kit: {
    writes: 'folder',
    what: 'the go-kit',
    suggestedOut: 'go-kit',
    render: async () => (await import('../reports/kit/kit-files.js')).renderKit,
  },
} satisfies Record<string, LibraryFormat>;
export type LibraryFormatName = keyof typeof LIBRARY_FORMATS;
