// Classroom quizzes across devices with no server: a teacher context and a student context share only codes.
import { devices, expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Bank, BankIndex, Question } from '../../src/lib/format/bank-format';
import { encodeQuizCode } from '../../src/lib/classroom/quiz-code';
import { groupCode } from '../../src/lib/classroom/base32';
import { encodeResultCode } from '../../src/lib/classroom/result-code';
import { readCsvWithExcelJs } from '../../src/lib/export/read-with-exceljs';

async function fetchJson<T>(page: Page, url: string): Promise<T> {
	return (await page.request.get(url)).json() as Promise<T>;
}

async function newDevice(browser: Browser, testInfo: TestInfo): Promise<Page> {
	const context = await browser.newContext({ ...devices['Pixel 5'], baseURL: testInfo.project.use.baseURL });
	const page = await context.newPage();
	page.on('dialog', (dialog) => void dialog.accept());
	return page;
}

/** Answers the question on the student's screen, right or wrong; returns it and what was given. */
async function answer(page: Page, bank: Bank, right: boolean): Promise<{ question: Question; given: string }> {
	const id = await page.locator('[data-prompt]').getAttribute('data-prompt');
	const q = bank.questions.find((x) => x.id === id);
	if (!q) throw new Error(`question ${id} not in the corpus`);
	let given = q.answer;
	switch (q.type) {
		case 'choice':
		case 'truefalse': {
			const wrong = q.type === 'truefalse' ? (q.answer === 'True' ? 'False' : 'True') : q.choices!.find((c) => c !== q.answer)!;
			if (!right) given = wrong;
			await page.getByRole('button', { name: given, exact: true }).click();
			break;
		}
		case 'typed':
		case 'cloze':
			if (!right) given = 'zzz not it';
			await page.getByRole('textbox', { name: /Your answer/ }).fill(given);
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			break;
		case 'order':
			if (right) {
				const items = q.items!;
				for (let target = 0; target < items.length; target++) {
					for (let guard = 0; guard < items.length; guard++) {
						const shown = await page.locator('ol.order li .text').allTextContents();
						if (shown.indexOf(items[target]) <= target) break;
						await page.getByRole('button', { name: `Move “${items[target]}” up` }).click();
					}
				}
			}
			given = (await page.locator('ol.order li .text').allTextContents()).join(' → ');
			await page.getByRole('button', { name: 'Check order' }).click();
			break;
		case 'flashcard':
			await page.getByRole('button', { name: 'Show answer' }).click();
			await page.getByRole('button', { name: right ? 'I knew it' : 'I did not know it' }).click();
	}
	return { question: q, given };
}

async function takeQuiz(page: Page, bank: Bank, name: string, pattern: boolean[]): Promise<{ questions: Question[]; given: string[]; resultCode: string }> {
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	const questions: Question[] = [];
	const given: string[] = [];
	for (let i = 0; i < pattern.length; i++) {
		await expect(page.getByText(`Question ${i + 1} of ${pattern.length}`)).toBeVisible();
		const answered = await answer(page, bank, pattern[i]);
		questions.push(answered.question);
		given.push(answered.given);
	}
	const right = pattern.filter(Boolean).length;
	await expect(page.getByText(`${right} of ${pattern.length} right`)).toBeVisible();
	const resultCode = (await page.locator('[data-result-code]').getAttribute('data-result-code')) ?? '';
	// Format 3: the result carries the chosen answers.
	expect(resultCode).toMatch(/^V[0-9A-Z]+$/);
	return { questions, given, resultCode };
}

test('teacher composes, a student answers on another device, the teacher collects typed and scanned results', async ({ page: teacher, browser }, testInfo) => {
	// Two devices and six questions answered: longer than the default budget on a busy 2-core machine.
	test.setTimeout(150_000);
	const bank = await fetchJson<Bank>(teacher, '/banks/corpus.json');

	// Teacher: compose 3 questions, 90 s each (time enough on a slow machine).
	await teacher.goto('/classroom/compose');
	await expect(teacher.getByRole('button', { name: 'Make the quiz code' })).toBeEnabled();
	await teacher.getByLabel(/Number of questions/).fill('3');
	await teacher.getByLabel('Time per question').selectOption('90');
	await teacher.getByRole('button', { name: 'Make the quiz code' }).click();
	const code = (await teacher.locator('[data-quiz-code]').getAttribute('data-quiz-code')) ?? '';
	expect(code).toMatch(/^Z[0-9A-Z]{15}$/);
	await expect(teacher.getByRole('img', { name: /QR code for quiz/ })).toBeVisible();

	// Student: types the code (lower case, grouped), answers right, wrong, right.
	const student = await newDevice(browser, testInfo);
	await student.goto('/classroom/join');
	await student.getByLabel('Quiz code').fill(groupCode(code).toLowerCase());
	await student.getByRole('button', { name: 'Open the quiz' }).click();
	await expect(student.getByRole('timer')).toHaveCount(0);
	const maria = await takeQuiz(student, bank, 'Maria Lopez', [true, false, true]);
	await expect(student.getByText('2 of 3 right (67%)')).toBeVisible();
	// The missed question is listed with its source sentence; the schedule is untouched unless asked.
	const missed = student.getByRole('listitem').filter({ hasText: maria.questions[1].prompt.slice(0, 40) });
	await expect(missed.getByRole('region', { name: 'Source' })).toContainText(maria.questions[1].sources[0].quote.slice(0, 40));
	await expect(student.getByText('This quiz did not change your study schedule.')).toBeVisible();
	await student.getByRole('button', { name: 'Add the 1 missed question to my study' }).click();
	await expect(student.getByRole('status').filter({ hasText: /Added 1 question to your study schedule|already in your study schedule/ })).toBeVisible();

	// Teacher: types the result code → the table shows 2 of 3.
	await teacher.goto(`/classroom/results?code=${code}`);
	await teacher.getByLabel('Result code').fill(groupCode(maria.resultCode));
	await teacher.getByRole('button', { name: 'Add result' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'Added Maria Lopez: 2 of 3 right.' })).toBeVisible();
	const row = teacher.getByRole('row', { name: /Maria Lopez/ });
	await expect(row).toContainText('2 / 3');
	await expect(row).toContainText('67%');

	// Bad input changes nothing: the same code again, a typo, a quiz code in the result box.
	await teacher.getByLabel('Result code').fill(maria.resultCode);
	await teacher.getByRole('button', { name: 'Add result' }).click();
	await expect(teacher.getByRole('alert')).toContainText('already in the table');
	const typo = maria.resultCode.slice(0, 5) + (maria.resultCode[5] === 'A' ? 'B' : 'A') + maria.resultCode.slice(6);
	await teacher.getByLabel('Result code').fill(typo);
	await teacher.getByRole('button', { name: 'Add result' }).click();
	await expect(teacher.getByRole('alert')).toContainText('typing mistake');
	await teacher.getByLabel('Result code').fill(code);
	await teacher.getByRole('button', { name: 'Add result' }).click();
	await expect(teacher.getByRole('alert')).toContainText('quiz code, not a result code');
	// Another quiz's code: the last character changed (one in 32 quiz codes already ends in Z).
	const otherQuiz = encodeResultCode(`${code.slice(0, -1)}${code.endsWith('Z') ? 'Y' : 'Z'}`, { name: 'Eve', correct: [true, true, true], seconds: 9 });
	await teacher.getByLabel('Result code').fill(otherQuiz);
	await teacher.getByRole('button', { name: 'Add result' }).click();
	await expect(teacher.getByRole('alert')).toContainText('This result is for another quiz');
	await expect(teacher.getByRole('row', { name: /Lopez|Sato/ })).toHaveCount(1);

	// A second student on the same phone; the teacher reads the QR from a photo (the camera path's decoder).
	await student.getByRole('button', { name: 'Another student on this device' }).click();
	const ken = await takeQuiz(student, bank, 'Ken Sato', [true, true, true]);
	const qr = await student.getByRole('img', { name: 'QR code of the result of Ken Sato' }).screenshot();
	await teacher.getByLabel('Read a photo').setInputFiles({ name: 'result.png', mimeType: 'image/png', buffer: qr });
	await expect(teacher.getByRole('status').filter({ hasText: 'Added Ken Sato: 3 of 3 right.' })).toBeVisible();
	await expect(teacher.getByRole('row', { name: /Ken Sato/ })).toContainText('100%');
	expect(ken.questions.map((q) => q.id)).toEqual(maria.questions.map((q) => q.id));

	// Kept in IndexedDB across a reload; CSV export.
	await teacher.reload();
	await expect(teacher.getByRole('row', { name: /Lopez|Sato/ })).toHaveCount(2);
	// A student on an older app version sends a format-2 code (right or wrong only): still counted.
	await teacher.getByLabel('Result code').fill(encodeResultCode(code, { name: 'Old Phone', correct: [false, true, true], seconds: 30 }));
	await teacher.getByRole('button', { name: 'Add result' }).click();
	await expect(teacher.getByRole('status').filter({ hasText: 'Added Old Phone: 2 of 3 right.' })).toBeVisible();
	const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download CSV' }).click()]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv).toContain('Maria Lopez,2,3,67,');
	expect(csv).toContain('Ken Sato,3,3,100,');
	// The answers CSV: one row per student and question, with what each student chose.
	const [answersFile] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Download answers CSV' }).click()]);
	const rows = await readCsvWithExcelJs(readFileSync((await answersFile.path())!, 'utf8').replace(/^\ufeff/, ''), ',');
	const header = rows[0];
	expect(header.slice(0, 7)).toEqual(['Student', 'Seconds', 'Question', 'Question text', 'Chosen answer', 'Right answer', 'Right']);
	expect(rows).toHaveLength(1 + 3 * 3);
	const missedRow = rows.find((r) => r[0] === 'Maria Lopez' && r[2] === '2');
	const missedQ = maria.questions[1];
	const expectedChosen = missedQ.type === 'typed' || missedQ.type === 'cloze' ? maria.given[1].toLowerCase() : maria.given[1];
	expect(missedRow?.slice(3, 7)).toEqual([missedQ.prompt, expectedChosen, missedQ.answer, '0']);
	expect(rows.find((r) => r[0] === 'Ken Sato' && r[2] === '1')?.[6]).toBe('1');
	expect(rows.filter((r) => r[0] === 'Old Phone').map((r) => r[4])).toEqual(Array(3).fill('(unknown: older app version)'));

	// The hub lists the quiz made on this device, with its results.
	await teacher.goto('/classroom');
	await expect(teacher.getByRole('listitem').filter({ hasText: groupCode(code) }).getByRole('link', { name: 'Results' })).toBeVisible();
});

async function quizCodeFor(page: Page, selection: Parameters<typeof encodeQuizCode>[0]['selection'], seconds: number) {
	const index = await fetchJson<BankIndex>(page, '/banks/index.json');
	const entry = index.banks.find((b) => b.id === 'corpus')!;
	const bank = await fetchJson<Bank>(page, `/banks/${entry.file}`);
	return { bank, code: encodeQuizCode({ bankId: entry.id, bankVersion: entry.version, bankSize: entry.questionCount, seconds, selection }) };
}

test('presenter: countdown, pause, reveal with the source, next, and the room’s hardest questions', async ({ page }) => {
	const { bank, code } = await quizCodeFor(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 2, seed: 77 }, 30);
	await page.goto(`/classroom/present?code=${code}`);
	await page.getByRole('button', { name: 'Start' }).click();
	const timer = page.getByRole('timer');
	const seconds = async () => Number(await timer.getAttribute('data-seconds'));
	const start = await seconds();
	expect(start).toBeGreaterThan(20);
	expect(start).toBeLessThanOrEqual(30);
	await expect.poll(seconds, { timeout: 8000 }).toBeLessThan(start);
	await page.keyboard.press('p');
	await expect(timer).toContainText('(paused)');
	const frozen = await timer.getAttribute('data-seconds');
	await page.waitForTimeout(1300);
	await expect(timer).toHaveAttribute('data-seconds', frozen!);

	const prompt1 = (await page.locator('h1').textContent())?.trim() ?? '';
	const q1 = bank.questions.find((q) => q.prompt === prompt1)!;
	await page.keyboard.press('r');
	await expect(page.getByText(`Answer: ${q1.answer}`)).toBeVisible();
	await expect(page.locator('blockquote')).toHaveText(q1.sources[0].quote);
	await expect(timer).toHaveCount(1);
	await page.getByRole('button', { name: /Missed it/ }).click();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByText('Question 2 of 2')).toBeVisible();
	await page.keyboard.press('r');
	await page.getByRole('button', { name: /Got it/ }).click();
	await page.getByRole('button', { name: 'Add a team' }).click();
	await page.getByRole('button', { name: '+1 for Team 1' }).click();
	await expect(page.getByLabel('Team scores')).toContainText('1');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { name: 'Quiz finished' })).toBeVisible();
	const hardest = page.getByRole('listitem').filter({ hasText: q1.prompt.slice(0, 30) });
	await expect(hardest).toContainText('0% right (1 in the room)');
	await expect(page.getByRole('listitem').filter({ hasText: '100% right' })).toHaveCount(0);
});

test('print view: both versions hold every question, and the keys every answer with its citation', async ({ page }) => {
	const index = await fetchJson<BankIndex>(page, '/banks/index.json');
	const entry = index.banks.find((b) => b.id === 'corpus')!;
	const full = await fetchJson<Bank>(page, `/banks/${entry.file}`);
	const picks = ['choice', 'truefalse', 'cloze', 'order', 'typed'].map((t) => full.questions.findIndex((q) => q.type === t)).filter((i) => i >= 0);
	const { bank, code } = await quizCodeFor(page, { mode: 'picked', indexes: picks }, 0);
	await page.goto(`/classroom/print?code=${code}`);
	for (const v of ['A', 'B']) {
		const sheet = page.locator(`[data-sheet="${v}"]`);
		const key = page.locator(`[data-key="${v}"]`);
		await expect(sheet.locator('ol.questions > li')).toHaveCount(picks.length);
		for (const i of picks) {
			const q = bank.questions[i];
			const start = q.prompt.split(/_{3,}/)[0].slice(0, 40);
			await expect(sheet).toContainText(start);
			await expect(key).toContainText(q.answer);
			await expect(key).toContainText(q.sources[0].quote);
		}
	}
	const order = async (v: string) => page.locator(`[data-sheet="${v}"] p.q`).allTextContents();
	expect(await order('A')).not.toEqual(await order('B'));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
	await expect(page.locator('[data-key="B"]')).toBeVisible();
});

test('join: mistyped, truncated, foreign and other-version codes each get their own message', async ({ page }) => {
	const { code } = await quizCodeFor(page, { mode: 'seeded', kinds: ['date'], count: 2, seed: 5 }, 20);
	const index = await fetchJson<BankIndex>(page, '/banks/index.json');
	const entry = index.banks.find((b) => b.id === 'corpus')!;
	const stale = encodeQuizCode({ bankId: 'corpus', bankVersion: `${entry.version}-old`, bankSize: entry.questionCount, seconds: 20, selection: { mode: 'seeded', kinds: ['date'], count: 2, seed: 5 } });
	await page.goto('/classroom/join');
	// Two neighbouring characters that differ, swapped in the code's second half (swapping "CC" would leave the code as
	// it was; a swap in its first characters changes the length they give, and reads as a cut-short code).
	const at = [...code].findIndex((ch, i) => i >= Math.floor(code.length / 2) && i + 1 < code.length && ch !== '-' && code[i + 1] !== '-' && ch !== code[i + 1]);
	const cases: [string, RegExp][] = [
		[code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2), /typing mistake/],
		[code.slice(0, -3), /cut short/],
		['R7M2-PQ4K-ZZ', /result code, not a quiz code/],
		[stale, /another version of “All articles”/],
		['hello?', /never part of a code/]
	];
	for (const [text, message] of cases) {
		await page.getByLabel('Quiz code').fill(text);
		await page.getByRole('button', { name: 'Open the quiz' }).click();
		await expect(page.getByRole('alert')).toHaveText(message);
	}
	await page.getByLabel('Quiz code').fill(code);
	await page.getByRole('button', { name: 'Open the quiz' }).click();
	await expect(page.getByLabel('Your name')).toBeVisible();
});

test('student: an unanswered question counts as missed when its time runs out, and a reload loses nothing', async ({ page }) => {
	await page.clock.install();
	// 90 s a question: the clock still flows, so a slow machine never runs out of time before fastForward does.
	const { bank, code } = await quizCodeFor(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 2, seed: 12 }, 90);
	await page.goto(`/classroom/join?code=${code}`);
	await page.getByLabel('Your name').fill('Aiko');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByRole('timer')).toHaveText(/^(90|89)$/);
	const first = (await answer(page, bank, true)).question;
	// Reload mid-quiz: the attempt resumes at question 2 (answers are kept on the device after each one).
	await page.reload();
	await expect(page.getByText('Question 2 of 2')).toBeVisible();
	await page.clock.fastForward(91_000);
	await expect(page.getByText('1 of 2 right (50%)')).toBeVisible();
	await expect(page.getByText('Your answer: (none: time ran out)')).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: first.prompt.slice(0, 40) })).toHaveCount(0);
	// The finished result (and its code) is shown again when the quiz is reopened.
	const resultCode = await page.locator('[data-result-code]').getAttribute('data-result-code');
	await page.goto(`/classroom/join?code=${code}`);
	await expect(page.locator('[data-result-code]')).toHaveAttribute('data-result-code', resultCode!);
});

test.describe('after an app update rebuilds the bank', () => {
	// The bank index is rewritten by page.route; the service worker would answer from its cache instead.
	test.use({ serviceWorkers: 'block' });

	test('the teacher still has the quiz and its results, from the copy saved with it', async ({ page, browser }, testInfo) => {
		const { code } = await quizCodeFor(page, { mode: 'seeded', kinds: ['date', 'actor'], count: 3, seed: 99 }, 0);
		await page.goto(`/classroom/results?code=${code}`);
		await page.getByLabel('Result code').fill(encodeResultCode(code, { name: 'Ana Ito', correct: [true, false, true], seconds: 30 }));
		await page.getByRole('button', { name: 'Add result' }).click();
		await expect(page.getByRole('row', { name: /Ana Ito/ })).toContainText('2 / 3');
		const questionPrompts = await page.locator('table').last().locator('tbody td:nth-child(2)').allTextContents();
		expect(questionPrompts).toHaveLength(3);

		const rebuilt = async (p: Page) =>
			p.route('**/banks/index.json', async (route) => {
				const response = await route.fetch();
				const index = (await response.json()) as BankIndex;
				for (const b of index.banks) b.version = `${b.version}-next`;
				await route.fulfill({ response, json: index });
			});
		await rebuilt(page);
		await page.reload();
		await expect(page.getByRole('note')).toContainText('shown from the copy saved on this device');
		await expect(page.getByRole('row', { name: /Ana Ito/ })).toContainText('2 / 3');
		await expect(page.locator('table').last().locator('tbody td:nth-child(2)')).toHaveText(questionPrompts);
		// A phone that never saw the quiz gets the clear message instead.
		const phone = await browser.newContext({ ...devices['Pixel 5'], baseURL: testInfo.project.use.baseURL, serviceWorkers: 'block' });
		const student = await phone.newPage();
		await rebuilt(student);
		await student.goto(`/classroom/join?code=${code}`);
		await expect(student.getByRole('alert')).toContainText('another version of “All articles”');
		await phone.close();
	});
});

test('compose by hand: search, pick two questions, and the quiz holds exactly those', async ({ page }) => {
	const bank = await fetchJson<Bank>(page, '/banks/corpus.json');
	const wanted = bank.questions.filter((q) => q.type !== 'flashcard' && /Lavrov/.test(q.prompt)).slice(0, 2);
	expect(wanted).toHaveLength(2);
	await page.goto('/classroom/compose');
	await expect(page.getByRole('button', { name: 'Make the quiz code' })).toBeEnabled();
	await page.getByLabel('Pick them myself').check();
	await page.getByRole('button', { name: 'Make the quiz code' }).click();
	await expect(page.getByRole('alert')).toHaveText('Pick at least one question.');
	await page.getByLabel('Search questions').fill('Lavrov');
	for (const q of wanted) await page.getByRole('checkbox', { name: q.prompt }).check();
	await expect(page.getByText('2 picked')).toBeVisible();
	await page.getByRole('button', { name: 'Make the quiz code' }).click();
	await expect(page.locator('[data-quiz-code]')).toBeVisible();
	await page.getByRole('link', { name: 'Print' }).click();
	const sheet = page.locator('[data-sheet="A"]');
	await expect(sheet.locator('ol.questions > li')).toHaveCount(2);
	for (const q of wanted) await expect(sheet).toContainText(q.prompt.split(/_{3,}/)[0]);
});
