import { byId, defineLoaders } from '../common/loaders.js';
import { OrganizationEntity } from './organization.entity.js';

export const organizationLoaders = defineLoaders((db) => ({ organization: byId(db, OrganizationEntity) }));
