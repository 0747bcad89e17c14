// HTML built with a tagged template that escapes every interpolated value
// unless it is markup this module made: forgetting to escape a runbook string
// is then impossible rather than merely unlikely.
import { escapeHtml } from '../../text/escape.js';

/** Markup that is already safe to put into a page. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: strings are escaped, SafeHtml and lists of it pass through, false and nullish vanish. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/**
 * A day (2016-06-12) that a narrow screen or a column never breaks at its
 * hyphens: the style sheets keep .keep on one line.
 */
export function day(date: string): SafeHtml {
  return html`<span class="keep">${date}</span>`;
}

/**
 * Markup that does not come from a template, such as the style sheet. Never
 * give it runbook text.
 */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
