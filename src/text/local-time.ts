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

/** HH:MM when `date` falls on the local day of `now`, else YYYY-MM-DD HH:MM: "started 09:12" reads best on the day. */
export function localTimeOrDay(date: Date, now: Date): string {
  const full = localDayAndTime(date);
  return localDay(date) === localDay(now) ? full.slice(11) : full;
}
