// The classroom on a bank of one's own: the teacher composes from it; a student whose device lacks it is told to
// import the file the teacher shares, and after that the same code opens the quiz.
import { devices, expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Bank } from '../../src/lib/format/bank-format';
import { writeBankCsv } from '../../src/lib/export/bank-csv';

test('a quiz on the teacher’s own bank opens on a student’s phone once the shared bank file is imported', async ({ page: teacher, browser }, testInfo) => {
	test.setTimeout(120_000);
	// Teacher: an own bank of three choice questions on one article (imported from a bank CSV with sources).
	const corpus = (await (await teacher.request.get('/banks/corpus.json')).json()) as Bank;
	const doc = corpus.documents[0];
	const picked = corpus.questions.filter((q) => q.type === 'choice' && q.sources[0].doc === doc.id).slice(0, 3);
	expect(picked).toHaveLength(3);
	const csv = writeBankCsv({ id: 'x', title: 'x', documents: corpus.documents, questions: picked });
	await teacher.goto('/import');
	await teacher.getByLabel('Choose a file of questions').setInputFiles({ name: 'bank.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(teacher.getByRole('status').filter({ hasText: /accepted|Saved/ })).toContainText('3 questions accepted');
	await teacher.getByRole('button', { name: 'Save as a bank of your own' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: 'Imported' })).toBeVisible();

	await teacher.goto('/classroom/compose');
	await expect(teacher.getByRole('button', { name: 'Make the quiz code' })).toBeEnabled();
	await teacher.getByLabel('Question bank').selectOption({ label: `${doc.title} (3)` });
	await teacher.getByLabel(/Number of questions/).fill('3');
	await teacher.getByRole('button', { name: 'Make the quiz code' }).click();
	const code = (await teacher.locator('[data-quiz-code]').getAttribute('data-quiz-code')) ?? '';
	expect(code).toMatch(/^Z[0-9A-Z]+$/);

	// Student: a fresh phone without that bank is told what to do.
	const context = await browser.newContext({ ...devices['Pixel 5'], baseURL: testInfo.project.use.baseURL });
	const student: Page = await context.newPage();
	await student.goto('/classroom/join');
	await student.getByLabel('Quiz code').fill(code);
	await student.getByRole('button', { name: 'Open the quiz' }).click();
	await expect(student.getByRole('alert')).toContainText('If it is a bank of your teacher’s own, ask for its file');

	// The teacher shares the bank's file; the student imports it under Add a document.
	await teacher.goto('/');
	const card = teacher.getByRole('list', { name: 'Your banks' }).getByRole('listitem').filter({ has: teacher.getByRole('heading', { name: doc.title! }) });
	const [shared] = await Promise.all([teacher.waitForEvent('download'), card.getByRole('button', { name: 'Share file' }).click()]);
	const file = readFileSync((await shared.path())!);
	await student.goto('/add');
	await student.getByLabel('Import a bank file').setInputFiles({ name: shared.suggestedFilename(), mimeType: 'application/json', buffer: file });
	await expect(student.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();

	// The same code now opens the quiz, with the teacher's questions.
	await student.goto(`/classroom/join?code=${code}`);
	await student.getByLabel('Your name').fill('Ana');
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(student.getByText('Question 1 of 3')).toBeVisible();
	const prompt = student.locator('[data-prompt]');
	expect(await prompt.getAttribute('data-prompt')).toMatch(/^u-/);
	const shown = (await prompt.textContent()) ?? '';
	expect(picked.some((q) => shown.includes(q.prompt))).toBe(true);
	await context.close();
});
