export * from './access.js';
export * from './analysis.js';
export * from './digest.js';
export * from './org.js';
export * from './postmortems.js';
export * from './trackers.js';
