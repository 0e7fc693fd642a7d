// The rough edges a teacher and students met, each as they meet it: dense print, a reload that keeps the deadline,
// "Time's up" said, the presenter's Pause and title screen, compose with no kind ticked, the app menu during a
// timed question, Classroom on home, and a desktop's width for results and presenter.
import { expect, test, type Page } from '@playwright/test';
import type { Bank, BankIndex } from '../../src/lib/format/bank-format';
import { encodeQuizCode, type QuizSelection } from '../../src/lib/classroom/quiz-code';
import { encodeResultCode } from '../../src/lib/classroom/result-code';

async function quizCode(page: Page, selection: QuizSelection, seconds: number): Promise<{ bank: Bank; code: string }> {
	const index = (await (await page.request.get('/banks/index.json')).json()) as BankIndex;
	const entry = index.banks.find((b) => b.id === 'corpus')!;
	const bank = (await (await page.request.get(`/banks/${entry.file}`)).json()) as Bank;
	return { bank, code: encodeQuizCode({ bankId: entry.id, bankVersion: entry.version, bankSize: entry.questionCount, seconds, selection }) };
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('print: a 6-question quiz takes a page per version and per key, B is shuffled, and paper has no timer', async ({ page }) => {
	const full = (await (await page.request.get('/banks/corpus.json')).json()) as Bank;
	// Six questions with options (the longest to print): four-option choices and an order question.
	const choices = full.questions.flatMap((q, i) => (q.type === 'choice' ? [i] : [])).slice(0, 5);
	const order = full.questions.findIndex((q) => q.type === 'order');
	const { code } = await quizCode(page, { mode: 'picked', indexes: [...choices, order] }, 20);
	await page.goto(`/classroom/print?code=${code}`);
	const sheetA = page.locator('[data-sheet="A"]');
	const sheetB = page.locator('[data-sheet="B"]');
	await expect(sheetB.locator('ol.questions > li')).toHaveCount(6);

	// Version B opens with another question, and each choice question shows its options in another order.
	const prompts = async (v: string) => page.locator(`[data-sheet="${v}"] p.q`).allTextContents();
	const [a, b] = [await prompts('A'), await prompts('B')];
	expect(b[0]).not.toBe(a[0]);
	expect([...b].sort()).toEqual([...a].sort());
	for (const prompt of a) {
		const options = async (sheet: typeof sheetA) =>
			sheet.locator('ol.questions > li').filter({ has: page.locator('p.q', { hasText: prompt }) }).locator('.choices li').allTextContents();
		const [inA, inB] = [await options(sheetA), await options(sheetB)];
		expect(inA.length).toBeGreaterThan(2);
		// Letters and boxes stay in place; the option texts move.
		const text = (xs: string[]) => xs.map((x) => x.replace(/^\s*☐?\s*([A-Z]\.|____)\s*/, ''));
		expect(text(inB)).not.toEqual(text(inA));
		expect([...text(inB)].sort()).toEqual([...text(inA)].sort());
	}

	// No clock on paper: the 20 s a question is for phones and the projector.
	for (const v of ['A', 'B']) {
		await expect(page.locator(`[data-sheet="${v}"]`)).not.toContainText(/\d+ s each|seconds/);
		await expect(page.locator(`[data-key="${v}"]`)).not.toContainText(/\d+ s each|seconds/);
	}

	// Dense on A4: one page per version and one per key (each starting its own page) — it took 8.
	await page.emulateMedia({ media: 'print' });
	expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(4);
	const breakBefore = async (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).breakBefore);
	expect(await breakBefore('[data-sheet="B"]')).toBe('page');
	expect(await breakBefore('[data-key="A"]')).toBe('page');
	expect(await breakBefore('[data-key="B"]')).toBe('page');
	// The sheets print two columns of questions.
	expect(await page.locator('[data-sheet="A"] ol.questions').evaluate((el) => getComputedStyle(el).columnCount)).toBe('2');
});

test('student: a reload keeps the question’s deadline, and “Time’s up” is said when it runs out', async ({ page }) => {
	await page.clock.install();
	const { code } = await quizCode(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 3, seed: 31 }, 30);
	await page.goto(`/classroom/join?code=${code}`);
	await page.getByLabel('Your name').fill('Aiko');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const timer = page.getByRole('timer');
	await expect(timer).toHaveText(/^(30|29)$/);
	await page.clock.fastForward(12_000);
	await expect(timer).toHaveText(/^(18|17)$/);
	await page.reload();
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	// The reload did not give the time back.
	const left = Number(await timer.textContent());
	expect(left).toBeLessThanOrEqual(18);
	expect(left).toBeGreaterThan(10);
	await expect(page.getByText(/Time’s up/)).toHaveCount(0);
	await page.clock.fastForward(19_000);
	await expect(page.getByRole('status').filter({ hasText: 'Time’s up: question 1 counted as missed.' })).toBeVisible();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await expect(timer).toHaveText(/^(30|29)$/);

	// A phone left alone past the deadline: reopening the quiz says time is up on that question.
	await page.goto('/classroom');
	await page.clock.fastForward(60_000);
	await page.goto(`/classroom/join?code=${code}`);
	await expect(page.getByRole('status').filter({ hasText: 'Time’s up: question 2 counted as missed.' })).toBeVisible();
	await expect(page.getByText('Question 3 of 3')).toBeVisible();
});

test('student: the app menu is hidden during a timed question, with a way out that keeps the answers', async ({ page }) => {
	page.on('dialog', (dialog) => void dialog.accept());
	const { code } = await quizCode(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 2, seed: 8 }, 90);
	const menu = page.getByRole('navigation', { name: 'Main' });
	await page.goto(`/classroom/join?code=${code}`);
	await expect(menu).toBeVisible();
	await page.getByLabel('Your name').fill('Noor');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await expect(menu).toHaveCount(0);
	await expect(page.getByRole('link', { name: /Classroom/ })).toHaveCount(0);
	const prompt = await page.locator('[data-prompt]').getAttribute('data-prompt');

	await page.getByRole('button', { name: 'Leave quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Classroom', level: 1 })).toBeVisible();
	await expect(menu).toBeVisible();
	// Back to the quiz: the same question, the menu hidden again.
	await page.goto(`/classroom/join?code=${code}`);
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await expect(page.locator('[data-prompt]')).toHaveAttribute('data-prompt', prompt!);
	await expect(menu).toHaveCount(0);

	// An untimed quiz keeps the menu: nothing runs out.
	const untimed = await quizCode(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 2, seed: 9 }, 0);
	await page.goto(`/classroom/join?code=${untimed.code}`);
	await page.getByLabel('Your name').fill('Noor');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByText('Question 1 of 2')).toBeVisible();
	await expect(menu).toBeVisible();
});

test('presenter: the title screen says phones run on their own, and Pause goes once time is up', async ({ page }) => {
	await page.clock.install();
	const { code } = await quizCode(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 2, seed: 4 }, 10);
	await page.goto(`/classroom/present?code=${code}`);
	await expect(page.getByRole('note')).toContainText('Students’ phones run the quiz on their own');
	await expect(page.getByRole('note')).toContainText('does not reach them');
	await page.getByRole('button', { name: 'Start' }).click();
	const timer = page.getByRole('timer');
	await expect(page.getByRole('button', { name: 'Pause (P)' })).toBeVisible();
	await page.clock.fastForward(11_000);
	await expect(timer).toHaveText('Time’s up');
	await expect(page.getByRole('button', { name: /Pause|Resume/ })).toHaveCount(0);
	await page.keyboard.press('p');
	await expect(timer).toHaveText('Time’s up');
	// The next question is timed again, with Pause back.
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Question 2 of 2')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Pause (P)' })).toBeVisible();
});

test('compose: no kind ticked says what to fix, and a code made before is cleared', async ({ page }) => {
	await page.goto('/classroom/compose');
	await expect(page.getByRole('button', { name: 'Make the quiz code' })).toBeEnabled();
	await page.getByRole('button', { name: 'Make the quiz code' }).click();
	await expect(page.locator('[data-quiz-code]')).toBeVisible();

	for (const kind of await page.getByRole('group', { name: 'Kinds' }).getByRole('checkbox').all()) if (await kind.isChecked()) await kind.uncheck();
	await expect(page.getByRole('group', { name: 'Kinds' }).getByRole('checkbox', { checked: true })).toHaveCount(0);
	// The old code no longer matches the form: it is gone, and the form says what is missing.
	await expect(page.locator('[data-quiz-code]')).toHaveCount(0);
	await expect(page.getByText('No kind ticked: tick at least one to draw questions from.')).toBeVisible();
	await page.getByRole('button', { name: 'Make the quiz code' }).click();
	await expect(page.getByRole('alert')).toHaveText('Tick at least one kind of question.');
	await expect(page.locator('[data-quiz-code]')).toHaveCount(0);
	expect(await page.locator('#count').evaluate((el: HTMLInputElement) => el.validationMessage)).toBe('');

	// Too many for the kinds ticked: the count to ask for is named; then a good form makes a code again.
	await page.getByRole('group', { name: 'Kinds' }).getByRole('checkbox', { name: /Poll/ }).check();
	await page.getByLabel(/Number of questions/).fill('500');
	await page.getByRole('button', { name: 'Make the quiz code' }).click();
	await expect(page.getByRole('alert')).toContainText('or fewer, or tick more kinds');
	await page.getByLabel(/Number of questions/).fill('2');
	await page.getByRole('button', { name: 'Make the quiz code' }).click();
	await expect(page.locator('[data-quiz-code]')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('home: a teacher finds Classroom on the first screen', async ({ page }) => {
	await page.goto('/');
	const classroom = page.getByRole('link', { name: 'Classroom' });
	await expect(classroom).toBeInViewport();
	await expect(page.getByRole('heading', { name: 'Teaching a class?' })).toBeInViewport();
	await classroom.click();
	await expect(page.getByRole('heading', { name: 'Classroom', level: 1 })).toBeVisible();
});

test.describe('on a desktop or projector', () => {
	test.use({ viewport: { width: 1366, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

	test('the results table and the presenter use the width', async ({ page }) => {
		const { code } = await quizCode(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 4, seed: 21 }, 30);
		await page.goto(`/classroom/results?code=${code}`);
		await page.getByLabel('Result code').fill(encodeResultCode(code, { name: 'Ana Ito', correct: [true, false, true, true], seconds: 80 }));
		await page.getByRole('button', { name: 'Add result' }).click();
		const row = page.getByRole('row', { name: /Ana Ito/ });
		await expect(row).toContainText('3 / 4');
		// A mark per question where there is room for it.
		await expect(page.getByRole('columnheader', { name: 'Q4' })).toBeVisible();
		await expect(row.getByRole('cell', { name: 'missed' })).toHaveCount(1);
		await expect(row.getByRole('cell', { name: 'right', exact: true })).toHaveCount(3);
		const tableWidth = await page.locator('table').first().evaluate((t) => t.getBoundingClientRect().width);
		expect(tableWidth).toBeGreaterThan(1000);

		await page.goto(`/classroom/present?code=${code}`);
		await page.getByRole('button', { name: 'Start' }).click();
		const stage = await page.locator('main').evaluate((m) => m.getBoundingClientRect().width);
		expect(stage).toBeGreaterThan(1000);
		// Choices side by side: the first two options share a row (on the first question that has options).
		let sideBySide = false;
		for (let i = 0; i < 4 && !sideBySide; i++) {
			const options = page.locator('ol.options > li');
			if ((await options.count()) >= 2) {
				const [a, b] = [await options.nth(0).boundingBox(), await options.nth(1).boundingBox()];
				expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
				expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
				sideBySide = true;
			} else await page.keyboard.press('ArrowRight');
		}
		expect(sideBySide).toBe(true);
	});

	test('a phone keeps the narrow table (no per-question columns)', async ({ browser }, testInfo) => {
		const context = await browser.newContext({ viewport: { width: 393, height: 727 }, baseURL: testInfo.project.use.baseURL });
		const page = await context.newPage();
		const { code } = await quizCode(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 4, seed: 22 }, 30);
		await page.goto(`/classroom/results?code=${code}`);
		await page.getByLabel('Result code').fill(encodeResultCode(code, { name: 'Ben Ota', correct: [true, true, true, false], seconds: 80 }));
		await page.getByRole('button', { name: 'Add result' }).click();
		await expect(page.getByRole('row', { name: /Ben Ota/ })).toContainText('3 / 4');
		await expect(page.getByRole('columnheader', { name: 'Q4' })).toBeHidden();
		await context.close();
	});
});
