export * from './dates.js';
export * from './errors.js';
export * from './limits.js';
export * from './locale.js';
export * from './memberships.js';
export * from './roles.js';
export * from './meetings.js';
export * from './markdown.js';
