// Values a person types after an option, checked as commander reads them: a
// mistake is one line and exit 2 (handleError prints a UserError), and the
// command receives the value as its type, never as text to check again.
import { DATE_PATTERN, DURATION_PATTERN, isRealDate } from '../format/values.js';
import { UserError } from '../system/errors.js';

/** A whole number, 0 or more; `complaint` says what the option wanted, given what was typed. */
export function wholeNumber(complaint: (typed: string) => string): (typed: string) => number {
  return (typed) => {
    if (!/^\d+$/.test(typed.trim())) throw new UserError(complaint(typed));
    return Number(typed.trim());
  };
}

/** A day of the calendar written YYYY-MM-DD (2026-02-30 is not one); kept as that text. */
export function calendarDay(complaint: (typed: string) => string): (typed: string) => string {
  return (typed) => {
    // Written right but no day there is (2026-02-30): the form was not the mistake, and the message says so.
    if (!isRealDate(typed))
      throw new UserError(
        DATE_PATTERN.test(typed) ? `${complaint(typed)}: that day is not in the calendar` : complaint(typed),
      );
    return typed;
  };
}

/** A duration written as the library writes one (30m, 8h, 2d); kept as that text. */
export function duration(complaint: (typed: string) => string): (typed: string) => string {
  return (typed) => {
    if (!DURATION_PATTERN.test(typed.trim())) throw new UserError(complaint(typed));
    return typed.trim();
  };
}

/** An option given again and again (--function A --function B), as the list of its values. */
export function repeated(typed: string, earlier: string[] = []): string[] {
  return [...earlier, typed];
}

/**
 * The names of a table (of formats, of file kinds) as the choices of an
 * option: adding an entry to the table adds the choice.
 */
export function namesOf<T extends object>(table: T): Array<keyof T & string> {
  return Object.keys(table).filter((name): name is keyof T & string => Object.hasOwn(table, name));
}
