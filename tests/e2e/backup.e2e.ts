import { expect, test } from '@playwright/test';
import { answerCard, exportBackup, homeCounts, importText, statsFigures } from './ui-helpers';


test('export, import into a fresh profile: identical statistics and counts; importing twice adds nothing', async ({ page, browser }) => {
	test.slow(); // two profiles, a dozen page loads
	await page.goto('/study?bank=corpus');
	for (let i = 0; i < 4; i++) await answerCard(page, { right: i !== 1 });
	await page.goto('/');
	const counts = await homeCounts(page);
	const stats = await statsFigures(page);
	const backup = await exportBackup(page);
	expect(JSON.parse(backup).app).toBe('sourcedeck');

	const fresh = await browser.newContext();
	try {
		const other = await fresh.newPage();
		await importText(other, 'backup.json', backup);
		await expect(other.getByText(/Imported “backup.json”: 4 answers/)).toBeVisible();
		await other.goto('/');
		expect(await homeCounts(other)).toEqual(counts);
		expect(await statsFigures(other)).toEqual(stats);

		await importText(other, 'backup.json', backup);
		await expect(other.getByText('Nothing new in “backup.json”')).toBeVisible();
		expect(await statsFigures(other)).toEqual(stats);
	} finally {
		await fresh.close();
	}
});

test('a truncated, foreign, newer or broken backup gets its message and changes nothing', async ({ page }) => {
	test.slow(); // four imports, two full comparisons
	await page.goto('/study?bank=corpus');
	await answerCard(page);
	await answerCard(page);
	const good = await exportBackup(page);
	await page.goto('/');
	const counts = await homeCounts(page);
	const stats = await statsFigures(page);

	const newer = JSON.stringify({ ...JSON.parse(good), format: 99 });
	const foreign = JSON.stringify({ app: 'anki', cards: [] });
	const cases: [string, string, RegExp][] = [
		['truncated.json', good.slice(0, Math.floor(good.length / 2)), /incomplete/i],
		['foreign.json', foreign, /not a Sourcedeck backup/i],
		['newer.json', newer, /newer/i],
		['notes.json', 'hello, not json', /not a JSON file/i]
	];
	for (const [name, text, message] of cases) {
		await importText(page, name, text);
		const alert = page.getByText(`“${name}” was not imported`);
		await expect(alert).toBeVisible();
		await expect(alert).toHaveText(message);
		await expect(alert).toContainText(/Nothing was (imported|changed)/);
	}
	await page.goto('/');
	expect(await homeCounts(page)).toEqual(counts);
	expect(await statsFigures(page)).toEqual(stats);
});

test('settings: bad values are refused with a message, good ones are kept', async ({ page }) => {
	await page.goto('/settings');
	const retention = page.getByRole('spinbutton', { name: 'Desired retention' });
	await expect(retention).toHaveValue('0.90');
	await retention.fill('0.5');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Choose a retention between 0.70 and 0.99.')).toBeVisible();
	await expect(page.getByText('Nothing was saved')).toBeVisible();
	await page.reload();
	await expect(retention).toHaveValue('0.90');

	await retention.fill('0.85');
	await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('5');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Settings saved.')).toBeVisible();
	await page.reload();
	await expect(retention).toHaveValue('0.85');
	await expect(page.getByRole('spinbutton', { name: 'New cards per day' })).toHaveValue('5');
});
