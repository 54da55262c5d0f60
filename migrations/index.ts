import { Foundation1795419866451 } from './1795419866451-Foundation.js';

/** Every migration, oldest first. A new migration is added here. */
export const migrations = [Foundation1795419866451];
