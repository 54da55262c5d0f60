import { groupTarget } from '../auth/group-target.js';

/** The group of a meeting. */
export const groupOfMeeting = groupTarget('SELECT group_id FROM meeting WHERE id = $1');
