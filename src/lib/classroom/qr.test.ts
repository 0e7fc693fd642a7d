import { describe, expect, it } from 'vitest';
import encodeQR from 'qr';
import { decodeQR } from 'qr/decode.js';
import { encodeQuizCode } from './quiz-code';
import { encodeResultCode } from './result-code';
import { joinLink, qrPath } from './qr';

/** The QR as an RGBA image, `scale` pixels a module: what a camera frame or a screenshot gives the decoder. */
function render(text: string, scale = 4) {
	const matrix = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
	const size = matrix.length * scale;
	const data = new Uint8ClampedArray(size * size * 4);
	for (let y = 0; y < size; y++)
		for (let x = 0; x < size; x++) {
			const v = matrix[Math.floor(y / scale)][Math.floor(x / scale)] ? 0 : 255;
			data.set([v, v, v, 255], (y * size + x) * 4);
		}
	return { width: size, height: size, data };
}

describe('QR codes of quiz and result codes', () => {
	const quiz = encodeQuizCode({ bankId: 'corpus', bankVersion: 'v1', bankSize: 525, seconds: 20, selection: { mode: 'seeded', kinds: ['date', 'actor'], count: 20, seed: 4242 } });
	const result = encodeResultCode(quiz, { name: 'Maria Lopez', correct: Array.from({ length: 20 }, (_, i) => i % 3 > 0), seconds: 312 });

	it('decode back to the same text with the JS decoder the results page falls back on', () => {
		expect(decodeQR(render(result))).toBe(result);
		const link = joinLink('https://sourcedeck.example', quiz);
		expect(decodeQR(render(link, 3))).toBe(link);
	});

	it('draw one module per unit in the SVG path, quiet zone included', () => {
		const { size, d } = qrPath(result);
		expect(size).toBe(encodeQR(result, 'raw', { border: 4 }).length);
		expect(d.startsWith('M')).toBe(true);
		// A result code is upper-case alphanumeric: a small QR (version 2, 25 modules, + 8 quiet) for 20 questions.
		expect(size).toBeLessThanOrEqual(33);
	});
});
