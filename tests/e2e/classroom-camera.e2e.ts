// The live camera path of Collect results: Chromium's fake camera plays a video of a student's result QR code, and
// the page must read it from the video frames (BarcodeDetector where the browser has it, else qr/decode.js).
import { expect, test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import encodeQR from 'qr';
import type { BankIndex } from '../../src/lib/format/bank-format';
import { encodeQuizCode } from '../../src/lib/classroom/quiz-code';
import { encodeResultCode } from '../../src/lib/classroom/result-code';
import { chromiumArgs } from '../../playwright.config';

// The quiz and the result are made here, from the banks the build serves.
const index = JSON.parse(readFileSync('build/banks/index.json', 'utf8')) as BankIndex;
const entry = index.banks.find((b) => b.id === 'corpus') ?? index.banks[0];
const quizCode = encodeQuizCode({
	bankId: entry.id,
	bankVersion: entry.version,
	bankSize: entry.questionCount,
	seconds: 20,
	selection: { mode: 'seeded', kinds: ['date', 'actor', 'position'], count: 4, seed: 31337 }
});
const resultCode = encodeResultCode(quizCode, { name: 'Yuki Tanaka', correct: [true, false, true, true], seconds: 41 });

/** A Y4M video (what --use-file-for-fake-video-capture plays) showing `text` as a QR code on white. */
function writeQrVideo(text: string): string {
	const matrix = encodeQR(text, 'raw', { border: 4 });
	const width = 480;
	const height = 360;
	const scale = Math.floor((height * 0.9) / matrix.length);
	const left = Math.floor((width - matrix.length * scale) / 2);
	const top = Math.floor((height - matrix.length * scale) / 2);
	const luma = Buffer.alloc(width * height, 235);
	for (let y = 0; y < matrix.length * scale; y++)
		for (let x = 0; x < matrix.length * scale; x++)
			if (matrix[Math.floor(y / scale)][Math.floor(x / scale)]) luma[(top + y) * width + left + x] = 16;
	const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	const dir = join(tmpdir(), 'sourcedeck-e2e');
	mkdirSync(dir, { recursive: true });
	const file = join(dir, `result-qr-${process.pid}.y4m`);
	writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
	return file;
}

test.use({
	permissions: ['camera'],
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [...chromiumArgs, '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${writeQrVideo(resultCode)}`]
	}
});

test('the teacher scans a result QR with the camera and the table shows the score', async ({ page }) => {
	await page.goto(`/classroom/results?code=${quizCode}`);
	await expect(page.getByLabel('Result code')).toBeVisible();
	const native = await page.evaluate(() => 'BarcodeDetector' in globalThis);
	test.info().annotations.push({ type: 'decoder', description: native ? 'native BarcodeDetector' : 'qr/decode.js (no BarcodeDetector)' });
	await page.getByRole('button', { name: 'Scan with camera' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Added Yuki Tanaka: 3 of 4 right.' })).toBeVisible({ timeout: 20_000 });
	await expect(page.getByRole('row', { name: /Yuki Tanaka/ })).toContainText('75%');
	// The camera keeps reading the same code: it is not added twice.
	await page.waitForTimeout(1500);
	await expect(page.getByRole('row', { name: /Yuki Tanaka/ })).toHaveCount(1);
	await page.getByRole('button', { name: 'Stop camera' }).click();
	await expect(page.getByRole('button', { name: 'Scan with camera' })).toBeVisible();
});
