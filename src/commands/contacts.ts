// `coop contacts [filter]`: the directory, with every way to reach each person.
import { drawnOn, type IO } from '../system/io.js';
import { safeLine, terminalSafeJson } from '../text/sanitize.js';
import { loadStyle } from '../text/style.js';
import { readingWidth, wrap, wrapUnder } from '../text/wrap.js';
import { reachOf } from '../render/text.js';
import { contactView } from '../library/view.js';
import { contactMap } from '../library/library.js';
import { openLibrary, warnAboutProblems, type LibraryOptions } from './open-library.js';

export interface ContactsOptions extends LibraryOptions {
  filter?: string;
  json?: boolean;
}

/** Digits only, so "9288828" finds "(316) 928-8828". */
const digits = (s: string) => s.replace(/\D/g, '');

export async function run(options: ContactsOptions, io: IO): Promise<number> {
  const library = await openLibrary(options, io);
  const map = contactMap(library);
  const needle = options.filter?.toLowerCase();
  const views = [...map.keys()]
    .map((id) => contactView(id, map))
    .filter((c) => {
      if (!needle) return true;
      const haystack = [c.id, c.name, c.role, c.phone, c.email, c.reach, c.notes]
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
      const wantedDigits = digits(needle);
      return haystack.includes(needle) || (wantedDigits.length >= 3 && digits(c.phone ?? '').includes(wantedDigits));
    });
  if (options.json) {
    io.stdout.write(`${terminalSafeJson({ organization: library.organization ?? null, contacts: views }, 2)}\n`);
  } else {
    const style = await loadStyle(io.color);
    const out = drawnOn(io, io.stdout);
    const width = readingWidth(io.columns);
    // Each item under its contact, broken between words; the lines after an item's first go further in.
    const item = (text: string) => `${wrapUnder(text, width, '  ', '    ').join('\n')}\n`;
    if (library.organization)
      out.write(
        `${wrap(safeLine(library.organization), width)
          .map((l) => style.dim(l))
          .join('\n')}\n\n`,
      );
    for (const c of views) {
      out.write(
        `${wrapUnder(`${style.bold(safeLine(c.name))}  ${style.dim(`[${c.id}]`)}`, width, '', '  ').join('\n')}\n`,
      );
      if (c.role) out.write(item(safeLine(c.role)));
      out.write(item(style.bold(reachOf(c))));
      if (c.hours) out.write(item(`hours: ${safeLine(c.hours)}`));
      if (c.alternates.length)
        out.write(
          item(
            `if unavailable: ${c.alternates.map((a) => safeLine(a.name) + (a.phone ? ` ${safeLine(a.phone)}` : '')).join(', then ')}`,
          ),
        );
      if (c.notes) out.write(item(safeLine(c.notes)));
      out.write('\n');
    }
    if (views.length === 0)
      io.stdout.write(options.filter ? `No contact matches "${safeLine(options.filter)}".\n` : 'No contacts.\n');
  }
  warnAboutProblems(library, io);
  return 0;
}
