// Days and times as people read them: on their own calendar and clock.

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD of `date` on the local calendar: a review due "today" is due on the reader's today. */
export function localDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** YYYY-MM-DD HH:MM, local time. */
export function localDayAndTime(date: Date): string {
  return `${localDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
