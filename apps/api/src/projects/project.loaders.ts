import { byId, defineLoaders } from '../common/loaders.js';
import { ProjectEntity } from './project.entity.js';

export const projectLoaders = defineLoaders((db) => ({ project: byId(db, ProjectEntity) }));
