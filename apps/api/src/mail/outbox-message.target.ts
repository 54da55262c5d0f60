import { groupTarget } from '../auth/group-target.js';

/**
 * The group of an outbox message. Account mail that belongs to no group (a password reset) is
 * not found this way: nobody but its recipient may read it.
 */
export const groupOfOutboxMessage = groupTarget(
  'SELECT group_id FROM outbox_message WHERE id = $1 AND group_id IS NOT NULL',
);
