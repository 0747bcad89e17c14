// The calendar as an iCalendar feed (RFC 5545), made by ical-generator: one
// all-day event an item, its UID the item's, so importing the feed again
// updates the events it made before.
import { ical } from '../../vendor/ical.js';
import type { CalendarItem } from './items.js';

function localMidnight(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function renderIcs(items: readonly CalendarItem[], name: string, now: Date): string {
  const calendar = ical({ name, prodId: { company: 'coop', product: 'coop', language: 'EN' } });
  for (const item of items)
    calendar.createEvent({
      id: item.uid,
      start: localMidnight(item.day),
      allDay: true,
      summary: item.summary,
      description: item.description,
      categories: [{ name: item.category }],
      stamp: now,
    });
  return calendar.toString();
}
