import { expect, test } from '@playwright/test';
import { currentQuestion, homeCounts } from './ui-helpers';

test('a knowledge test scores by kind and article, lists missed questions with sources, never touches the schedule', async ({ page }) => {
	await page.goto('/');
	const before = await homeCounts(page);
	await page.getByRole('link', { name: 'Test yourself' }).first().click();
	await page.getByLabel('Number of questions').selectOption('5');
	await page.getByRole('button', { name: 'Start the test' }).click();

	const missed: string[] = [];
	for (let i = 0; i < 5; i++) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		const q = await currentQuestion(page);
		// Get the first two wrong on purpose, the rest right.
		const right = i >= 2;
		if (q.type === 'flashcard') {
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: right ? 'I knew it' : "I didn't know" }).click();
		} else {
			if (q.type === 'choice' || q.type === 'truefalse') {
				const pick = right ? q.answer : q.type === 'truefalse' ? (q.answer === 'True' ? 'False' : 'True') : q.choices!.find((c) => c !== q.answer)!;
				await page.getByRole('button', { name: pick, exact: true }).click();
			} else if (q.type === 'order') {
				if (right) {
					for (let t = 0; t < q.items!.length; t++) {
						for (;;) {
							const shown = await page.locator('ol.order li .text').allTextContents();
							if (shown.indexOf(q.items![t]) <= t) break;
							await page.getByRole('button', { name: `Move “${q.items![t]}” up` }).click();
						}
					}
				}
				await page.getByRole('button', { name: 'Check order' }).click();
			} else {
				await page.getByRole('textbox', { name: /Your answer/ }).fill(right ? q.answer : 'no idea');
				await page.getByRole('button', { name: 'Check', exact: true }).click();
			}
			await expect(page.getByText(right ? '✓ Correct' : '✗ Not quite')).toBeVisible();
			await expect(page.getByRole('region', { name: 'Source' })).toBeVisible();
			await page.getByRole('button', { name: /Next question|See your score/ }).click();
		}
		if (!right) missed.push(q.prompt);
	}
	await expect(page.getByRole('heading', { name: 'Score: 3 of 5 (60%)' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'By kind of fact' })).toBeVisible();
	await expect(page.getByRole('table', { name: 'By article' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Missed (2)' })).toBeVisible();
	for (const prompt of missed) await expect(page.getByText(prompt, { exact: true })).toBeVisible();

	// The test did not touch the schedule.
	await page.goto('/');
	expect(await homeCounts(page)).toEqual(before);
	await page.goBack();
});

test('"Study the ones I missed" starts a session limited to them', async ({ page }) => {
	await page.goto('/test?bank=corpus');
	await page.getByLabel('Number of questions').selectOption('5');
	await page.getByRole('button', { name: 'Start the test' }).click();
	// Answer nothing right: skip through with wrong answers.
	for (let i = 0; i < 5; i++) {
		const q = await currentQuestion(page);
		if (q.type === 'flashcard') {
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: "I didn't know" }).click();
			continue;
		}
		if (q.type === 'choice' || q.type === 'truefalse') {
			const pick = q.type === 'truefalse' ? (q.answer === 'True' ? 'False' : 'True') : q.choices!.find((c) => c !== q.answer)!;
			await page.getByRole('button', { name: pick, exact: true }).click();
		} else if (q.type === 'order') {
			const shown = await page.locator('ol.order li .text').allTextContents();
			if (shown.join() === q.items!.join()) await page.getByRole('button', { name: `Move “${shown[0]}” down` }).click();
			await page.getByRole('button', { name: 'Check order' }).click();
		} else {
			await page.getByRole('textbox', { name: /Your answer/ }).fill('no idea');
			await page.getByRole('button', { name: 'Check', exact: true }).click();
		}
		await page.getByRole('button', { name: /Next question|See your score/ }).click();
	}
	await expect(page.getByRole('heading', { name: 'Score: 0 of 5 (0%)' })).toBeVisible();
	await page.getByRole('link', { name: 'Study the ones I missed' }).click();
	await expect(page.getByText('Studying the 5 questions you missed.')).toBeVisible();
	await expect(page.getByText('5 left · 0 answered')).toBeVisible();
});
