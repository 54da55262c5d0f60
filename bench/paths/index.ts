import { groupCalendar } from './group-calendar.js';
import { meetingPage } from './meeting-page.js';
import type { BenchPath } from './path.js';
import { saveAgendaItem } from './save-agenda-item.js';
import { search } from './search.js';
import { startPage } from './start-page.js';

/** What the benchmark measures, in the report's order. Minutes, actions, attendance and reviews join here. */
export const PATHS: readonly BenchPath[] = [startPage, meetingPage, groupCalendar, search, saveAgendaItem];
