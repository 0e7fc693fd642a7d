// Property test (fast-check) of the answer path: several tabs answering, undoing and resetting the same cards from
// their own (often stale) copies, one at a time or at the same moment, leave every stored card equal to a replay of
// its log — the state one tab answering the same reviews would give — and the counts equal to a recount.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, makeBank, NOW, QUESTIONS } from '../domain/fixtures/bank';
import { createScheduler, effectiveReviews } from '../domain/scheduling';
import { DEFAULT_SETTINGS, type CardRecord, type Rating } from '../domain/types';
import { commitAnswer, resetQuestion, undoLastReview } from './answers';
import { syncBank } from './bank-sync';
import { getDatabase } from './connection';
import { getCard, getQuestionLog, listCards } from './records';
import { tallyAll } from './tallies';
import { freshDatabase, nextId } from './test-helpers';

// What the study page uses: the learner's settings (fuzz on).
const scheduler = createScheduler(DEFAULT_SETTINGS);
const QS = QUESTIONS.slice(0, 3);

type Step =
	| { kind: 'answer'; tab: number; q: number; rating: Rating; gap: number }
	| { kind: 'together'; q: number; ratings: [Rating, Rating]; gap: number }
	| { kind: 'refresh'; tab: number }
	| { kind: 'undo' | 'reset'; q: number; gap: number };

const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
const gap = fc.integer({ min: 1_000, max: 3 * DAY });
const step: fc.Arbitrary<Step> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ kind: fc.constant('answer' as const), tab: fc.nat(2), q: fc.nat(QS.length - 1), rating, gap }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('together' as const), q: fc.nat(QS.length - 1), ratings: fc.tuple(rating, rating), gap }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constant('refresh' as const), tab: fc.nat(2) }) },
	{ weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('undo' as const, 'reset' as const), q: fc.nat(QS.length - 1), gap }) }
);

/** A card's scheduling state (a new card's due is only its place in the new queue). */
function stateOf(c: CardRecord) {
	const { due, ...rest } = c;
	return c.state === 0 ? rest : { ...rest, due };
}

const RUNS = 500 * Number(process.env.FUZZ_SCALE ?? 1);

describe('answers from several tabs (property test)', () => {
	it('any interleaving gives every card the state its log replays to, and counts equal to a recount', async () => {
		let stale = 0;
		await fc.assert(
			fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
				freshDatabase();
				let t = NOW - 60 * DAY;
				await syncBank(makeBank(), { now: t, makeId: nextId });
				// Each tab's copies of the cards, read when it opened; a tab keeps the card it computed, as the study page does.
				const first = new Map((await listCards()).map((c) => [c.id, c]));
				const tabs = [new Map(first), new Map(first), new Map(first)];
				const answerFrom = async (tab: number, q: number, r: Rating, at: number) => {
					const card = tabs[tab].get(QS[q].id)!;
					const result = scheduler.rate(card, r, at, { id: nextId(), durationMs: 2000 });
					const stored = await commitAnswer(result.card, result.review);
					if (JSON.stringify(stored) !== JSON.stringify(result.card)) stale++;
					tabs[tab].set(QS[q].id, result.card);
				};
				for (const s of steps) {
					if (s.kind === 'refresh') {
						for (const c of await listCards()) tabs[s.tab].set(c.id, c);
						continue;
					}
					t += s.gap;
					if (s.kind === 'answer') await answerFrom(s.tab, s.q, s.rating, t);
					else if (s.kind === 'together') await Promise.all([answerFrom(0, s.q, s.ratings[0], t), answerFrom(1, s.q, s.ratings[1], t + 1)]);
					else if (s.kind === 'undo') await undoLastReview({ id: nextId(), now: t });
					else await resetQuestion(QS[s.q].id, { id: nextId(), now: t });
				}
				for (const q of QS) {
					const stored = (await getCard(q.id))!;
					const log = await getQuestionLog(q.id);
					const replayed = scheduler.reschedule(stored, log);
					expect(stateOf(stored), q.id).toEqual(stateOf(replayed));
					expect(stored.reps).toBe(effectiveReviews(log).length);
				}
				const db = await getDatabase();
				const tallies = (await db.getAll('tallies')).filter((x) => x.new || x.removed || Object.keys(x.days).length);
				expect(tallies.sort((a, b) => a.doc.localeCompare(b.doc))).toEqual(
					[...tallyAll(await listCards()).values()].sort((a, b) => a.doc.localeCompare(b.doc))
				);
			}),
			{ numRuns: RUNS }
		);
		console.info(`answer path: ${RUNS} runs, ${stale} stale answers rated again from the stored card`);
		expect(stale).toBeGreaterThan(RUNS / 5);
	}, 120_000);
});
