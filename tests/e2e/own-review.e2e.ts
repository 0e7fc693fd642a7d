// Reviewing your own document's questions: the article beside them with the current question's sentence marked;
// edits judged by the builder's gates (the reason beside the field, Accept disabled until fixed); reject; accept all
// scoring at least a score; a question of your own from a selection in the article and from the sentence list;
// save, study, then Edit the bank later — the progress on the questions kept stays.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { studyOneCard } from './pwa-checks';

// The fixture article plus one long sentence (over 40 words: the builder scores its question 0.8, the rest 1).
const LONG = 'In 2015, after a long debate that lasted several months and involved residents, shop owners, engineers from three private firms and two former mayors of Riverton, the Riverton city council agreed to spend 2 million dollars on new lights, railings and a wider footpath on the eastern side of the Old Mill Bridge.';
const ARTICLE = `${readFileSync('tests/e2e/fixtures/own-article.txt', 'utf8').trimEnd()}\n\n${LONG}\n`;
const TITLE = 'Riverton council votes to close the Old Mill Bridge';
const OSEI = 'Osei said that a full closure would hurt shops on Mill Street and proposed a weight limit instead.';
const COMMENTS = 'Residents can send comments to the council until March 31, 2020.';
const BUILT = 'The bridge was built in 1911 and carries about 12,000 vehicles a day, according to the city\'s transport office.';

const ownCard = (page: Page) => page.getByRole('list', { name: 'Your banks' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });
const cards = (page: Page) => page.getByRole('list', { name: 'Questions' }).locator('li.candidate');
const card = (page: Page, text: string) => cards(page).filter({ hasText: text }).first();

async function buildArticle(page: Page): Promise<number> {
	await page.goto('/');
	await page.getByRole('link', { name: 'Add a document' }).click();
	await page.getByLabel('Text of the document').fill(ARTICLE);
	await page.getByRole('button', { name: 'Continue' }).click();
	await page.getByRole('button', { name: 'Build questions' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Review the questions' })).toBeVisible({ timeout: 90_000 });
	const total = Number(/(\d+) questions from/.exec((await page.getByText(/\d+ questions from \d+ words/).textContent()) ?? '')?.[1]);
	// The cards come in small steps after the first few.
	await expect(cards(page)).toHaveCount(total);
	return total;
}

/** Select `words` in the article (as a finger or mouse would), so the article offers to write on their sentence. */
async function selectInArticle(page: Page, article: Locator, words: string) {
	await article.locator('.text').evaluate((el, needle) => {
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const at = node.textContent!.indexOf(needle);
			if (at < 0) continue;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + needle.length);
			document.getSelection()!.removeAllRanges();
			document.getSelection()!.addRange(range);
			return;
		}
		throw new Error(`not in the article: ${needle}`);
	}, words);
	await expect(page.getByRole('button', { name: 'Write a question on the selected sentence' })).toBeEnabled();
}

test('review: the sentence marked in the article, edits gated, reject, accept above a score, your own questions; edit the bank later', async ({ page }) => {
	test.setTimeout(240_000);
	const total = await buildArticle(page);
	const article = page.getByRole('region', { name: 'The article' });
	const mark = article.locator('mark');

	// The article is all there, offset for offset (a selection in it is read by its offsets), in paragraphs.
	await expect.poll(() => article.locator('.text').evaluate((el) => el.textContent)).toBe(ARTICLE);
	// The first question's sentence is marked; another question's, once shown, is marked and scrolled into view.
	await expect(mark).toHaveText((await cards(page).first().locator('blockquote').textContent())!.trim());
	await card(page, 'In _____, after a long debate').getByRole('button', { name: 'Show in the article' }).click();
	await expect(mark).toHaveText(LONG);
	await expect(mark).toBeInViewport();

	// Edit: the answer put in the prompt fails a gate; the reason shows beside the field and Accept is disabled.
	const osei = card(page, '_____ said that a full closure');
	await osei.getByRole('button', { name: 'Edit' }).click();
	await expect(mark).toHaveText(OSEI);
	const form = page.getByRole('form', { name: 'Edit the question' });
	const question = form.getByLabel('Question');
	const answer = form.getByLabel('Answer');
	const acceptEdit = form.getByRole('button', { name: 'Accept the edit' });
	await question.fill('Osei said that a full closure would hurt _____.');
	await expect(form.getByRole('alert')).toHaveText('The question gives its answer away: it contains “Osei”.');
	await expect(question).toHaveAttribute('aria-invalid', 'true');
	await expect(acceptEdit).toBeDisabled();
	// Bad input: an emptied answer, an answer the sentence does not say.
	await question.fill('Which council member said a full closure would hurt shops? _____');
	await answer.fill('');
	await expect(form.getByRole('alert')).toHaveText('The answer is empty: write the answer, in the words of its sentence.');
	await expect(acceptEdit).toBeDisabled();
	await answer.fill('Linda Park');
	await expect(form.getByRole('alert')).toHaveText('“Linda Park” is not in the sentence: the answer must be words the sentence says.');
	await expect(acceptEdit).toBeDisabled();
	// Fixed: accepted, and the card shows the edit.
	await answer.fill('Osei');
	await expect(form.getByRole('alert')).toHaveCount(0);
	await acceptEdit.click();
	const edited = card(page, 'Which council member said a full closure would hurt shops?');
	await expect(edited.getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
	await expect(edited).toContainText('edited');

	// Bad input: a wrong choice the same as another, or as the answer; Cancel keeps the question as it was.
	const year = card(page, 'In _____, [the Old Mill Bridge] was closed for six months');
	await year.getByRole('button', { name: 'Edit' }).click();
	await form.getByLabel('Wrong choice 2').fill(await form.getByLabel('Wrong choice 1').inputValue());
	await expect(form.getByRole('alert')).toHaveText('Two choices are the same: each choice must differ.');
	await expect(form.getByRole('button', { name: 'Accept the edit' })).toBeDisabled();
	await form.getByLabel('Wrong choice 2').fill('1998');
	await expect(form.getByRole('alert')).toHaveText('A wrong choice is the same as the answer: change it.');
	await form.getByRole('button', { name: 'Cancel the edit' }).click();
	await expect(year.getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'false');

	// Reject one; then accept all scoring at least 1 (the long sentence's 0.8 question stays out, the rejected one too).
	await cards(page).first().getByRole('button', { name: 'Reject' }).click();
	const threshold = page.getByLabel('Accept all scoring at least');
	await expect(threshold.locator('option')).toHaveText([`1.0 (${total - 2} questions)`, `0.8 (${total - 1} questions)`]);
	await threshold.selectOption({ label: `1.0 (${total - 2} questions)` });
	await page.getByRole('button', { name: `Accept ${total - 2} questions` }).click();
	await expect(page.getByText(`${total - 2} of ${total} accepted`)).toBeVisible();
	await expect(card(page, 'In _____, after a long debate').getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'false');
	await expect(cards(page).first().getByRole('button', { name: 'Reject' })).toHaveAttribute('aria-pressed', 'true');

	// A question of your own from words selected in the article: an answer not in the sentence is refused.
	await selectInArticle(page, article, 'send comments');
	await page.getByRole('button', { name: 'Write a question on the selected sentence' }).click();
	const mine = page.getByRole('form', { name: 'Your question' });
	await expect(page.getByLabel('The sentence it comes from').locator('option:checked')).toHaveText(COMMENTS);
	await mine.getByLabel('Question', { exact: true }).fill('Until when can residents send comments to the council?');
	await mine.getByLabel('Answer (words of the sentence)').fill('April 1, 2020');
	await expect(mine.getByRole('alert')).toHaveText('“April 1, 2020” is not in the sentence: the answer must be words the sentence says.');
	await expect(mine.getByRole('button', { name: 'Add my question' })).toBeDisabled();
	await mine.getByLabel('Answer (words of the sentence)').fill('March 31, 2020');
	await mine.getByRole('button', { name: 'Add my question' }).click();
	await expect(card(page, 'Until when can residents send comments')).toContainText('Written by you');
	// … and one picked from the list of sentences (keyboard and touch), as multiple choice.
	await page.getByLabel('The sentence it comes from').selectOption({ label: `${BUILT.slice(0, 87)}…` });
	await mine.getByLabel('Kind of question').selectOption('Multiple choice');
	await mine.getByLabel('Question', { exact: true }).fill('About how many vehicles cross the Old Mill Bridge each day?');
	await mine.getByLabel('Answer (words of the sentence)').fill('12,000');
	await mine.getByLabel('Wrong choice 1').fill('8,000');
	await mine.getByLabel('Wrong choice 2').fill('20,000');
	await mine.getByRole('button', { name: 'Add my question' }).click();
	await expect(card(page, 'About how many vehicles')).toContainText('Written by you');
	await expect(page.getByText(`${total} of ${total + 2} accepted`)).toBeVisible();

	// Save, and study one card.
	await page.getByRole('button', { name: `Save ${total} questions` }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();
	await page.getByRole('link', { name: 'Study it now' }).click();
	const prompt = (await page.getByRole('article', { name: 'Question' }).locator('[data-prompt]').first().innerText()).trim();
	await studyOneCard(page);
	await page.goto('/');
	await expect(ownCard(page).getByRole('definition').nth(2)).toHaveText('1');

	// Later: Edit the bank. Change a question the learner has not studied (its answer too: a new question) and save.
	await ownCard(page).getByRole('link', { name: 'Edit' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Edit “${TITLE}”` })).toBeVisible();
	await expect(cards(page)).toHaveCount(total);
	await expect(page.getByText(`${total} of ${total} accepted`)).toBeVisible();
	const target = prompt.includes('vehicles') ? 'Until when can residents' : 'About how many vehicles';
	await card(page, target).getByRole('button', { name: 'Edit' }).click();
	const later = page.getByRole('form', { name: 'Edit the question' });
	await later.getByLabel('Question').fill(prompt.includes('vehicles') ? 'By what date can residents comment?' : 'Roughly how many vehicles use the Old Mill Bridge daily?');
	await later.getByLabel('Answer').fill(prompt.includes('vehicles') ? 'March 31' : 'about 12,000');
	await expect(later.getByText('A new answer makes a new question')).toBeVisible();
	await later.getByRole('button', { name: 'Accept the edit' }).click();
	await page.getByRole('button', { name: `Save ${total} questions` }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Saved' })).toBeVisible();
	await page.getByRole('link', { name: 'Home' }).last().click();
	// The studied question kept its id: still learned, and the bank still has every question.
	await expect(ownCard(page).getByRole('definition').nth(2)).toHaveText('1');
	await expect(ownCard(page)).toContainText(`${total} questions`);
	await ownCard(page).getByRole('link', { name: 'Edit' }).click();
	await expect(card(page, prompt.includes('vehicles') ? 'By what date can residents comment?' : 'Roughly how many vehicles')).toBeVisible();
});

test('editing a bank that is not on this device says so', async ({ page }) => {
	await page.goto('/add/edit?bank=u-nothing');
	await expect(page.getByRole('heading', { level: 1, name: 'Bank not found' })).toBeVisible();
});
