import { groupTarget } from '../auth/group-target.js';

/** The group of an agenda item, through its meeting. */
export const groupOfAgendaItem = groupTarget(
  'SELECT m.group_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = $1',
);
