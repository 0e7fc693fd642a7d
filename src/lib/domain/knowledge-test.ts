/**
 * "Check your knowledge": a seeded test of N questions spread over kinds and articles. It never touches the
 * schedule: callers keep its answers out of storage's review log.
 */
import type { Question, QuestionKind } from '../format/bank-format';
import type { AnswerCheck } from './check-answer';
import { createRandom, shuffle } from './random';

export interface ComposeOptions {
	/** How many questions (default 20; fewer when the bank is smaller). */
	count?: number;
	/** Same seed, same bank → same test. */
	seed: string | number;
	/** Only these kinds / home articles (default all). */
	kinds?: readonly QuestionKind[];
	docs?: readonly string[];
	/** Only these question ids (e.g. "study the ones I missed"). */
	ids?: readonly string[];
}

export interface ScoreGroup {
	correct: number;
	total: number;
}

export interface TestScore {
	correct: number;
	total: number;
	/** correct / total, 0–1 (0 for an empty test). */
	score: number;
	byKind: Partial<Record<QuestionKind, ScoreGroup>>;
	/** By home article (document id). */
	byArticle: Record<string, ScoreGroup>;
	/** Wrong or unanswered questions, in test order. */
	missed: Question[];
}

/** Pick the test's questions, spread round-robin over kinds (and over articles within a kind), in a seeded order. */
export function composeKnowledgeTest(questions: readonly Question[], options: ComposeOptions): Question[] {
	const count = Math.max(0, Math.floor(options.count ?? 20));
	const kinds = options.kinds && new Set(options.kinds);
	const docs = options.docs && new Set(options.docs);
	const ids = options.ids && new Set(options.ids);
	const pool = questions.filter(
		(q) => (!kinds || kinds.has(q.kind)) && (!docs || docs.has(homeDoc(q))) && (!ids || ids.has(q.id))
	);
	const random = createRandom(options.seed);
	// kind → doc → questions, each level in a seeded order.
	const byKind = new Map<string, Map<string, Question[]>>();
	for (const q of pool) {
		const byDoc = byKind.get(q.kind) ?? byKind.set(q.kind, new Map()).get(q.kind)!;
		(byDoc.get(homeDoc(q)) ?? byDoc.set(homeDoc(q), []).get(homeDoc(q))!).push(q);
	}
	const kindQueues = shuffle([...byKind.keys()].sort(), random).map((kind) =>
		interleave(shuffle([...byKind.get(kind)!.entries()].sort(([a], [b]) => (a < b ? -1 : 1)), random).map(([, qs]) => shuffle(qs, random)))
	);
	const picked = interleave(kindQueues).slice(0, count);
	return shuffle(picked, random);
}

/** Round-robin over lists: first of each, then second of each … */
function interleave<T>(lists: T[][]): T[] {
	const out: T[] = [];
	for (let i = 0; out.length < lists.reduce((n, l) => n + l.length, 0); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
	return out;
}

function homeDoc(q: Question): string {
	return q.sources[0]?.doc ?? '';
}

/** Score a finished test; a question without a check counts as missed. */
export function scoreKnowledgeTest(test: readonly Question[], checks: ReadonlyMap<string, AnswerCheck>): TestScore {
	const byKind: Partial<Record<QuestionKind, ScoreGroup>> = {};
	const byArticle: Record<string, ScoreGroup> = {};
	const missed: Question[] = [];
	let correct = 0;
	for (const q of test) {
		const right = checks.get(q.id)?.correct === true;
		const kind = (byKind[q.kind] ??= { correct: 0, total: 0 });
		const article = (byArticle[homeDoc(q)] ??= { correct: 0, total: 0 });
		kind.total++;
		article.total++;
		if (right) {
			correct++;
			kind.correct++;
			article.correct++;
		} else missed.push(q);
	}
	return { correct, total: test.length, score: test.length ? correct / test.length : 0, byKind, byArticle, missed };
}
