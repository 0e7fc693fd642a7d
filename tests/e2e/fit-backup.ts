// A backup of a learner with enough history to fit FSRS parameters: 70 questions of the corpus bank, each learnt
// ~5 months ago and then reviewed whenever it fell due, remembered almost always (a stronger memory than the
// default parameters assume, so a fit has something to gain). Made with the app's own scheduler.
import { readFileSync } from 'node:fs';
import type { Bank } from '../../src/lib/format/bank-format';
import { createScheduler } from '../../src/lib/domain/scheduling';
import { createBackup } from '../../src/lib/domain/backup';
import { DEFAULT_SETTINGS, type CardRecord, type LogEntry, type Rating } from '../../src/lib/domain/types';

const DAY = 86_400_000;

export interface HistoryShape {
	/** Questions of the corpus bank answered (at most its 330). */
	questions: number;
	/** How long ago the first was learnt. */
	days: number;
	/** Chance of Again at each review. */
	againRate: number;
}

/** The backup's text; the default shape gives 406 answers, 266 of them on a later day than the one before. */
export function fitBackupText(now: number, shape: HistoryShape = { questions: 70, days: 150, againRate: 0.04 }): string {
	const { questions, days, againRate } = shape;
	const bank = JSON.parse(readFileSync('static/banks/corpus.json', 'utf8')) as Bank;
	const scheduler = createScheduler({ enableFuzz: false });
	let seed = 7;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const reviews: LogEntry[] = [];
	const cards: CardRecord[] = [];
	let id = 0;
	// Whole UTC days from today's midnight: the same history (and so the same fit) whenever the test runs today.
	const today = Math.floor(now / DAY) * DAY;
	bank.questions.slice(0, questions).forEach((question, i) => {
		let t = today - days * DAY + 9 * 3_600_000 + i * 600_000;
		let card = scheduler.newCard(question, t);
		for (const rating of [3, 3] as Rating[]) {
			const r = scheduler.rate(card, rating, t, { id: `fit-${++id}`, durationMs: 4000 });
			reviews.push(r.review);
			card = r.card;
			t += 11 * 60_000;
		}
		// Reviews when due (never before the next day), as long as the due date has passed.
		for (;;) {
			t = Math.max(card.due, t + DAY);
			if (t > today - DAY) break;
			const rating: Rating = random() < againRate ? 1 : 3;
			const r = scheduler.rate(card, rating, t, { id: `fit-${++id}`, durationMs: 4000 });
			reviews.push(r.review);
			card = r.card;
		}
		cards.push(card);
	});
	return JSON.stringify(createBackup({ reviews, cards, settings: DEFAULT_SETTINGS, flags: [] }, now));
}
