// Settings' "Fit to my reviews": FSRS parameters fitted to the learner's own log, with the gain, Apply, Undo and
// Back to the defaults; and what a learner without enough history is told.
import { expect, test, type Page } from '@playwright/test';
import { importText } from './ui-helpers';
import { fitBackupText } from './fit-backup';

const DEFAULTS_NOTE = 'In use: the default parameters';
const FITTED_NOTE = 'In use: parameters fitted to your reviews';

async function parameterValues(page: Page): Promise<string> {
	const details = page.getByText('Show the parameters in use');
	if (!(await page.getByTestId('parameter-values').isVisible())) await details.click();
	return (await page.getByTestId('parameter-values').textContent()) ?? '';
}

test('a fresh profile is told how many more reviews a fit needs, and is not offered one', async ({ page }) => {
	await page.goto('/settings');
	const section = page.getByRole('region', { name: 'Scheduling parameters' });
	await expect(section.getByText('you have 0. 64 more such answers are needed.')).toBeVisible();
	await expect(section.getByTestId('parameters-in-use')).toHaveText(DEFAULTS_NOTE);
	await expect(page.getByRole('button', { name: 'Fit to my reviews' })).toHaveCount(0);
});

test('fit to a restored history: the gain, Apply, Undo, and Back to default parameters after a reload', async ({ page }) => {
	test.slow(); // two fits of 266 reviews in WebAssembly on a shared 2-core machine
	await importText(page, 'history.json', fitBackupText(Date.now()));
	await expect(page.getByText('Imported “history.json”')).toBeVisible();
	const section = page.getByRole('region', { name: 'Scheduling parameters' });
	await expect(section.getByText(/266 answers to cards seen on an earlier day/)).toBeVisible();
	const defaults = await parameterValues(page);

	await page.getByRole('button', { name: 'Fit to my reviews' }).click();
	await expect(section.getByText(/Predicts your recalls [\d.]+% better:/)).toBeVisible({ timeout: 60_000 });
	const gain = (await section.getByText(/log loss \d\.\d\d → \d\.\d\d/).textContent()) ?? '';
	const [, before, after] = /log loss (\d\.\d\d) → (\d\.\d\d)/.exec(gain) ?? [];
	expect(Number(after)).toBeLessThan(Number(before));
	await expect(section.getByTestId('parameters-in-use')).toHaveText(DEFAULTS_NOTE); // nothing changes before Apply

	await page.getByRole('button', { name: 'Apply fitted parameters' }).click();
	await expect(section.getByTestId('parameters-in-use')).toHaveText(FITTED_NOTE);
	const fitted = await parameterValues(page);
	expect(fitted).not.toBe(defaults);
	expect(fitted.split(', ')).toHaveLength(21);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(section.getByText('The default parameters are back in use.')).toBeVisible();
	await expect(section.getByTestId('parameters-in-use')).toHaveText(DEFAULTS_NOTE);
	expect(await parameterValues(page)).toBe(defaults);

	// Fit and apply again: the parameters survive a reload, and "Back to default parameters" restores the defaults.
	await page.getByRole('button', { name: 'Fit to my reviews' }).click();
	await page.getByRole('button', { name: 'Apply fitted parameters' }).click({ timeout: 60_000 });
	await expect(section.getByTestId('parameters-in-use')).toHaveText(FITTED_NOTE);
	await page.reload();
	await expect(section.getByTestId('parameters-in-use')).toHaveText(FITTED_NOTE);
	expect(await parameterValues(page)).toBe(fitted);
	await page.getByRole('button', { name: 'Back to default parameters' }).click();
	await expect(section.getByTestId('parameters-in-use')).toHaveText(DEFAULTS_NOTE);
	await page.reload();
	await expect(section.getByTestId('parameters-in-use')).toHaveText(DEFAULTS_NOTE);
	expect(await parameterValues(page)).toBe(defaults);
});

test('Cancel stops a fit and changes nothing', async ({ page }) => {
	await importText(page, 'history.json', fitBackupText(Date.now()));
	await expect(page.getByText('Imported “history.json”')).toBeVisible();
	// The optimizer arrives slowly, as on a poor connection: the fit is still under way at Cancel on any machine.
	await page.route(/fsrs_browser_bg-.*\.wasm$/, async (route) => {
		await new Promise((r) => setTimeout(r, 3000));
		await route.continue().catch(() => {});
	});
	await page.getByRole('button', { name: 'Fit to my reviews' }).click();
	await expect(page.getByText('Loading the optimizer…')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel fit' }).click();
	await expect(page.getByText('Fit cancelled. Your parameters are unchanged.')).toBeVisible();
	await expect(page.getByTestId('parameters-in-use')).toHaveText(DEFAULTS_NOTE);
	await expect(page.getByRole('button', { name: 'Fit to my reviews' })).toBeEnabled();
});
