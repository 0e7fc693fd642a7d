/** The study domain: pure logic (no Svelte, browser, storage or clock; callers pass `now` as epoch ms). */
export * from './types';
export * from './scheduling';
export * from './check-answer';
export * from './session';
export * from './stats';
export * from './knowledge-test';
export * from './backup';
export * from './reconcile';
export { fingerprintQuestion, hashString } from './fingerprint';
export { createRandom, shuffle } from './random';
export { localDay, startOfLocalDay, addDays } from './days';
export * from './settings';
