import { groupTarget } from '../auth/group-target.js';

/** A group named by its own id. */
export const groupById = groupTarget('SELECT id AS group_id FROM working_group WHERE id = $1');

/** The group of a membership. */
export const groupOfMembership = groupTarget('SELECT group_id FROM membership WHERE id = $1');
