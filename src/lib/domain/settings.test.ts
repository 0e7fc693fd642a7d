import { describe, expect, it } from 'vitest';
import { parseSettings, SettingsError } from './settings';
import { DEFAULT_SETTINGS } from './types';

describe('parseSettings', () => {
	it('fills defaults and keeps valid values', () => {
		expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
		expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
		expect(parseSettings({ desiredRetention: 0.85, newPerDay: 5 })).toEqual({ ...DEFAULT_SETTINGS, desiredRetention: 0.85, newPerDay: 5 });
	});
	it.each([
		[{ desiredRetention: 1.2 }, 'Desired retention must be at most 99%.'],
		[{ desiredRetention: 0.5 }, 'Desired retention must be at least 70%.'],
		[{ desiredRetention: '0.9' }, 'Desired retention must be a number.'],
		[{ newPerDay: -1 }, 'New cards per day cannot be negative.'],
		[{ newPerDay: 2.5 }, 'New cards per day must be a whole number.'],
		[{ maxReviewsPerDay: Number.NaN }, 'Maximum reviews per day must be a number.']
	])('rejects %o with a clear message', (input, message) => {
		expect(() => parseSettings(input)).toThrow(SettingsError);
		expect(() => parseSettings(input)).toThrow(message);
	});
});
