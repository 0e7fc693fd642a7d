import { describe, expect, it } from 'vitest';
import { detectIos } from './platform';

describe('detectIos', () => {
	it('finds iPhones and iPads, including iPadOS posing as a Mac', () => {
		const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile';
		expect(detectIos(iphone, 'iPhone', 5)).toBe(true);
		expect(detectIos('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', 'MacIntel', 5)).toBe(true);
	});
	it('leaves Android, desktop Macs and Windows to the install button', () => {
		expect(detectIos('Mozilla/5.0 (Linux; Android 14; Pixel 5) Chrome/156 Mobile', 'Linux armv8l', 5)).toBe(false);
		expect(detectIos('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', 'MacIntel', 0)).toBe(false);
		expect(detectIos('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/156', 'Win32', 10)).toBe(false);
	});
});
