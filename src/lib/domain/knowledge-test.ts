/**
 * "Check your knowledge": a seeded test of N questions spread over kinds and articles. It never touches the
 * schedule: callers keep its answers out of storage's review log.
 */
import type { Question, QuestionKind } from '../bank/format';
import type { AnswerCheck } from './check-answer';

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

/** Pick the test's questions, spread round-robin over kind × article, in a seeded order. */
export function composeKnowledgeTest(_questions: readonly Question[], _options: ComposeOptions): Question[] {
	throw new Error('not implemented');
}

/** Score a finished test; a question without a check counts as missed. */
export function scoreKnowledgeTest(_test: readonly Question[], _checks: ReadonlyMap<string, AnswerCheck>): TestScore {
	throw new Error('not implemented');
}
