import ICAL from 'ical.js';

type Component = InstanceType<typeof ICAL.Component>;
type Event = InstanceType<typeof ICAL.Event>;

/**
 * Parses iCalendar text with a real parser (ical.js) and returns its VCALENDAR component. The
 * calendar's own VTIMEZONEs are registered, so local times convert as a calendar app would.
 */
export function parseCalendar(text: string): Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return calendar;
}

export function eventsOf(calendar: Component): Event[] {
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}
