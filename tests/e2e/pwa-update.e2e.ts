// Updates never lose progress: build A is served, the learner studies, build B (one question's answer changed)
// is published; the app says "A new version is ready — reload", keeps working until the learner chooses, and
// after the reload every earlier answer is still there and only the changed question starts over, with a notice.
import { expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bank, BankIndex, Question } from '../../src/lib/format/bank-format';
import { generateServiceWorker } from '../../scripts/generate-sw';
import { expectTodayAnswers, studyOneCard, waitForServiceWorker, watchCsp } from './pwa-checks';
import { startServer } from './pwa-server';

/** Gives the question a different right answer, whatever its type (what the answer fingerprint covers). */
function changeAnswer(q: Question): void {
	if (q.type === 'truefalse') {
		q.answer = q.answer === 'True' ? 'False' : 'True';
	} else if (q.type === 'order' && q.items) {
		q.items = [...q.items].reverse();
		q.answer = q.items.join(' → ');
	} else {
		const revised = `${q.answer} (revised)`;
		if (q.choices) q.choices = q.choices.map((c) => (c === q.answer ? revised : c));
		q.answer = revised;
	}
}

/** Copies build/ to a new folder where question `id` has a new answer in every bank holding it, as the next release. */
async function makeNextBuild(questionId: string): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'sourcedeck-build-b-'));
	cpSync('build', dir, { recursive: true });
	const indexFile = join(dir, 'banks', 'index.json');
	const index = JSON.parse(readFileSync(indexFile, 'utf8')) as BankIndex;
	// The banks the index names (beside them are each bank's facts and views' data files).
	for (const file of new Set(index.banks.map((b) => b.file))) {
		const path = join(dir, 'banks', file);
		const bank = JSON.parse(readFileSync(path, 'utf8')) as Bank;
		const question = bank.questions.find((q) => q.id === questionId);
		if (!question) continue;
		changeAnswer(question);
		bank.version = `${bank.version}-next`;
		for (const entry of index.banks) if (entry.id === bank.id) entry.version = bank.version;
		writeFileSync(path, JSON.stringify(bank));
	}
	writeFileSync(indexFile, JSON.stringify(index));
	// The release step: a new service worker precaching the changed files.
	await generateServiceWorker(dir);
	return dir;
}

test('the old version keeps serving its own files until the learner reloads, then the new one does', async ({
	page,
	context
}) => {
	test.setTimeout(150_000);
	const csp = await watchCsp(context);
	const server = await startServer('build');
	const corpusVersion = () =>
		page.evaluate(async () => {
			const index = (await (await fetch('/banks/index.json')).json()) as BankIndex;
			return index.banks.find((b) => b.id === 'corpus')?.version;
		});
	let nextBuild: string | null = null;
	try {
		await page.goto(`${server.url}/`);
		await waitForServiceWorker(page);
		const versionA = await corpusVersion();
		expect(versionA).toBeTruthy();
		const corpus = JSON.parse(readFileSync('build/banks/corpus.json', 'utf8')) as Bank;
		nextBuild = await makeNextBuild(corpus.questions[0]!.id);
		server.setRoot(nextBuild);
		await expect(page.getByText('A new version is ready — reload')).toHaveCount(0);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.getByText('A new version is ready — reload')).toBeVisible({ timeout: 20_000 });

		// Still version A everywhere in this tab: its banks, and pages it navigates to (lazy chunks included).
		expect(await corpusVersion()).toBe(versionA);
		await page.getByRole('link', { name: 'Settings' }).click();
		await expect(page).toHaveURL(/\/settings$/);
		expect(await corpusVersion()).toBe(versionA);

		// "Later" puts the note away; a plain reload keeps the old version (the new one still waits) and asks again.
		await page.getByRole('button', { name: 'Later' }).click();
		await expect(page.getByText('A new version is ready — reload')).toHaveCount(0);
		await page.reload();
		await expect(page.getByText('A new version is ready — reload')).toBeVisible();
		expect(await corpusVersion()).toBe(versionA);

		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
		await expect(page).toHaveURL(/\/settings$/);
		expect(await corpusVersion()).toBe(`${versionA}-next`);
		await expect(page.getByText('A new version is ready — reload')).toHaveCount(0);
		expect(csp.violations).toEqual([]);
	} finally {
		await server.close();
		if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
	}
});

test('a new version waits for the learner, and reloading keeps every answer and resets only the changed question', async ({
	page,
	context
}) => {
	test.setTimeout(180_000);
	const csp = await watchCsp(context);
	const server = await startServer('build');
	let nextBuild: string | null = null;
	try {
		await page.goto(`${server.url}/study?bank=corpus`);
		await waitForServiceWorker(page);
		const studiedOnA: string[] = [];
		for (let i = 0; i < 3; i++) studiedOnA.push(await studyOneCard(page));
		const changedId = studiedOnA[0]!;

		nextBuild = await makeNextBuild(changedId);
		server.setRoot(nextBuild);
		// Marks this document: it survives anything but a reload.
		await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
		// The browser's own check (it runs on navigations and daily; the app also checks when the tab comes back).
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await expect(page.getByText('A new version is ready — reload')).toBeVisible({ timeout: 20_000 });

		// Nothing is forced: studying goes on in the old version.
		for (let i = 0; i < 2; i++) await studyOneCard(page);
		expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

		await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
		expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBeUndefined();
		await expect(page.getByText('A new version is ready — reload')).toHaveCount(0);
		// The new version is the one serving: the changed bank is what the page loads now.
		const served = await page.evaluate(async () => (await (await fetch('/banks/index.json')).json()) as BankIndex);
		expect(served.banks.find((b) => b.id === 'corpus')?.version).toMatch(/-next$/);

		// The notice names the reset question, and only it; the study page keeps working.
		const corpus = JSON.parse(readFileSync('build/banks/corpus.json', 'utf8')) as Bank;
		const changedPrompt = corpus.questions.find((q) => q.id === changedId)!.prompt;
		const notice = page.getByText(/1 question has a corrected answer and starts over/);
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(changedPrompt);
		await expect(page.getByRole('article', { name: 'Question' })).toBeVisible();
		// All five answers are still on the device.
		await expectTodayAnswers(page, server.url, 5);
		expect(csp.violations).toEqual([]);
	} finally {
		await server.close();
		if (nextBuild) rmSync(nextBuild, { recursive: true, force: true });
	}
});
