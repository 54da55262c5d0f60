import { byId, defineLoaders } from '../common/loaders.js';
import { UserEntity } from './user.entity.js';

export const userLoaders = defineLoaders((db) => ({ user: byId(db, UserEntity) }));
