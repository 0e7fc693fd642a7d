import { describe, expect, it } from 'vitest';
import { formatBytes } from './storage-status';

describe('formatBytes', () => {
	it('says sizes the way people read them', () => {
		expect(formatBytes(0)).toBe('0 B');
		expect(formatBytes(1023)).toBe('1023 B');
		expect(formatBytes(1536)).toBe('1.5 KB');
		expect(formatBytes(250 * 1024 * 1024)).toBe('250 MB');
		expect(formatBytes(3.2 * 1024 ** 3)).toBe('3.2 GB');
	});
	it('calls nonsense unknown instead of printing NaN', () => {
		expect(formatBytes(Number.NaN)).toBe('unknown');
		expect(formatBytes(-5)).toBe('unknown');
		expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('unknown');
	});
});
