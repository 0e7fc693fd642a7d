// Nothing the learner did is lost by navigating: Back from the reader resumes the study session and the self-test.
import { expect, test } from '@playwright/test';
import { answerCard, currentQuestion, currentQuestionId } from './ui-helpers';

test('Back from "Read the whole article" resumes the study session on the same card, its verdict still shown', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Study' }).first().click();
	await answerCard(page);
	await answerCard(page);
	const status = page.getByText(/\d+ left · 2 answered/);
	const before = await status.textContent();
	const q = await currentQuestion(page);
	if (q.type === 'flashcard') await page.getByRole('button', { name: 'Show answer' }).click();
	else if (q.type === 'choice' || q.type === 'truefalse') await page.getByRole('button', { name: q.answer, exact: true }).click();
	else if (q.type === 'order') await page.getByRole('button', { name: 'Check order' }).click();
	else {
		await page.getByRole('textbox', { name: /Your answer/ }).fill(q.answer);
		await page.getByRole('button', { name: 'Check', exact: true }).click();
	}
	await page.getByRole('link', { name: 'Read the whole article' }).click();
	await expect(page.locator('article mark').first()).toBeVisible();
	await page.getByRole('button', { name: 'Back' }).click();

	await expect(status).toHaveText(before ?? '');
	expect(await currentQuestionId(page)).toBe(q.id);
	await expect(page.getByRole('button', { name: /^Good\b/ })).toBeVisible();
	await page.getByRole('button', { name: /^Good\b/ }).click();
	await expect(page.getByText('· 3 answered')).toBeVisible();
	// Another page of the app, then the browser's own Back button: the same card, the undo stack kept.
	const id = await currentQuestionId(page);
	await page.getByRole('link', { name: 'Settings' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
	await page.goBack();
	await expect(page.getByText('· 3 answered')).toBeVisible();
	expect(await currentQuestionId(page)).toBe(id);
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.getByText('· 2 answered')).toBeVisible();
});

test('Back from the reader resumes the self-test at the same question, and the results with what you answered', async ({ page }) => {
	await page.goto('/test?bank=corpus');
	await page.getByLabel('Number of questions').selectOption('5');
	await page.getByRole('button', { name: 'Start the test' }).click();
	const answers: string[] = [];
	for (let i = 0; i < 5; i++) {
		await expect(page.getByText(`Question ${i + 1} of 5`)).toBeVisible();
		const q = await currentQuestion(page);
		if (q.type === 'flashcard') {
			await page.getByRole('button', { name: 'Show answer' }).click();
			if (i === 1) {
				await page.getByRole('link', { name: 'Read the whole article' }).click();
				await page.getByRole('button', { name: 'Back' }).click();
				await expect(page.getByText('Question 2 of 5')).toBeVisible();
			}
			await page.getByRole('button', { name: "I didn't know" }).click();
			answers.push('I did not know it');
			continue;
		}
		if (q.type === 'choice' || q.type === 'truefalse') {
			const pick = q.type === 'truefalse' ? (q.answer === 'True' ? 'False' : 'True') : q.choices!.find((c) => c !== q.answer)!;
			await page.getByRole('button', { name: pick, exact: true }).click();
			answers.push(pick);
		} else if (q.type === 'order') {
			await page.getByRole('button', { name: 'Check order' }).click();
			answers.push('');
		} else {
			await page.getByRole('textbox', { name: /Your answer/ }).fill(`wrong ${i}`);
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			answers.push(`wrong ${i}`);
		}
		if (i === 1) {
			// Mid-test: read the article, come Back, the same question with its verdict.
			await page.getByRole('link', { name: 'Read the whole article' }).click();
			await expect(page.locator('article mark').first()).toBeVisible();
			await page.getByRole('button', { name: 'Back' }).click();
			await expect(page.getByText('Question 2 of 5')).toBeVisible();
			expect(await currentQuestionId(page)).toBe(q.id);
		}
		await page.getByRole('button', { name: /Next question|See your score/ }).click();
	}
	await expect(page.getByRole('heading', { name: /^Score: / })).toBeVisible();
	for (const a of answers.filter((x) => x && x !== 'True' && x !== 'False')) await expect(page.getByText(`You answered: ${a}`, { exact: true }).first()).toBeVisible();
	await page.getByRole('link', { name: 'Read the whole article' }).first().click();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByRole('heading', { name: /^Score: / })).toBeVisible();
});

test('the reader shows the article without page furniture, and a guessed date only to the month', async ({ page }) => {
	await page.goto('/read?doc=tatsumi-2018-11-catalyst-behind-peace-talks');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText(/On Nov\. 14, Prime Minister Shinzo Abe met/)).toBeVisible();
	await expect(page.getByText('print PRINT')).toHaveCount(0);
	await expect(page.getByText('• Trending Japan')).toHaveCount(0);
	await expect(page.getByText('· Nov 2018', { exact: false }).first()).toBeVisible();
	await page.goto('/read?doc=stratfor-2019-01-22-odds-stacked-against-abe');
	await expect(page.getByText(/The meeting Jan\. 22 between/)).toBeVisible();
	await expect(page.getByText(/MINS READ/)).toHaveCount(0);
	await expect(page.getByText('22 Jan 2019', { exact: false }).first()).toBeVisible();
});
