import { expect, test } from '@playwright/test';
import { answerCard, homeCounts, statsFigures } from './ui-helpers';

test('a second tab neither corrupts nor hangs the first', async ({ context, page }) => {
	const second = await context.newPage();
	await page.goto('/study?bank=corpus');
	await second.goto('/study?bank=corpus');
	// Both tabs answer in turn; every answer is stored.
	for (let i = 0; i < 3; i++) {
		await answerCard(page);
		await answerCard(second);
	}
	await expect(page.getByRole('alert')).toHaveCount(0);
	await second.close();
	await answerCard(page);
	const stats = await statsFigures(page);
	expect(stats.total).toBe('7');
	await page.goto('/');
	const counts = await homeCounts(page);
	expect(counts.learned).toBeGreaterThan(0);
	expect(counts.learned).toBeLessThanOrEqual(7);
});

test('another tab upgrading the database gives a visible alert with Reload, never a hang', async ({ context, page }) => {
	await page.goto('/study?bank=corpus');
	await answerCard(page);
	// A newer version of the app in another tab opens the database at a higher version.
	const other = await context.newPage();
	await other.goto('/flags');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('sourcedeck', 999);
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('updated in another tab');
	await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
	// Answering now fails visibly instead of hanging.
	const q = await page.locator('[data-prompt]').getAttribute('data-prompt');
	expect(q).toBeTruthy();
	await other.close();
});
