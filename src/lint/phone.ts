// North American Numbering Plan numbers as people write them in a contact
// list: (316) 928-8828, 316-928-8828, 316.928.8828, 3169288828,
// +1 316 928 8828, 1-316-928-8828, with an optional extension (x123, ext. 123).

const EXTENSION = /[\s,;]*(?:x|ext\.?|extension)\s*\.?\s*(\d{1,7})\s*$/i;
const SHAPE = /^(?:\+?1[\s.-]?)?(?:\((\d{3})\)[\s.-]?|(\d{3})[\s.-]?)(\d{3})[\s.-]?(\d{4})$/;
const EXAMPLE = 'like (316) 928-8828';

/** What is wrong with `text` as a North American phone number, or undefined when it is one. */
export function phoneProblem(text: string): string | undefined {
  const main = text.replace(EXTENSION, '').trim();
  const letters = main.match(/[a-z]+/gi);
  if (letters)
    return `contains letters ("${letters.join('')}"); write the number in digits, ${EXAMPLE}, with an extension as x123`;
  const stray = main.match(/[^\d\s().+-]/);
  if (stray) return `contains "${stray[0]}", which is not part of a phone number; write it ${EXAMPLE}`;
  if (/^\+\s*[02-9]/.test(main))
    return `has a country code other than +1; phone: takes a North American number (+1 or none, ${EXAMPLE}): give a number abroad as reach: instead`;
  const shape = SHAPE.exec(main);
  if (!shape) {
    let digits = main.replace(/\D/g, '');
    if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
    if (digits.length !== 10)
      return `has ${digits.length} digits; a North American number has 10 (area code, exchange, line), ${EXAMPLE}`;
    return `is not written as a North American number; write it ${EXAMPLE}`;
  }
  const area = shape[1] ?? shape[2]!;
  const exchange = shape[3]!;
  if (/^[01]/.test(area)) return `has the area code ${area}, but an area code cannot start with 0 or 1`;
  if (/^[2-9]11$/.test(area))
    return `has the area code ${area}, but codes ending in 11 (211 to 911) are service numbers, not area codes`;
  if (/^[01]/.test(exchange))
    return `has the exchange ${exchange}, but an exchange (the three digits after the area code) cannot start with 0 or 1`;
  return undefined;
}

/**
 * A `tel:` link for a number as written: +1 and ten digits, with its
 * extension (RFC 3966), when it is a North American number; otherwise the
 * digits and + as written, which a phone still dials.
 */
export function telUri(text: string): string {
  const extension = EXTENSION.exec(text)?.[1];
  const shape = SHAPE.exec(text.replace(EXTENSION, '').trim());
  const number = shape
    ? `+1-${shape[1] ?? shape[2]}-${shape[3]}-${shape[4]}`
    : text.replace(EXTENSION, '').replace(/[^\d+]/g, '');
  return `tel:${number}${extension ? `;ext=${extension}` : ''}`;
}
