import { groupTarget } from '../auth/group-target.js';

/** The group of an attachment, through its agenda item and meeting. */
export const groupOfAttachment = groupTarget(
  `SELECT m.group_id FROM attachment a
     JOIN agenda_item i ON i.id = a.agenda_item_id
     JOIN meeting m ON m.id = i.meeting_id
    WHERE a.id = $1`,
);
