/**
 * The card browser's search, filters and sort: pure, over rows built once from the bank, the stored cards, flags and
 * the suspended set. Fast on 10,000 cards: text is normalised once per row, filters are plain comparisons.
 */
import type { Question, QuestionKind, QuestionType } from '../format/bank-format';
import { normalizeText } from './normalize';
import type { CardRecord } from './types';

/** What a card is now, as the browser filters it. */
export type CardStatus = 'new' | 'learning' | 'due' | 'review';
export type BrowseSort = 'bank' | 'due' | 'difficulty' | 'lapses';

export interface BrowseRow {
	question: Question;
	/** Position in the bank (the "bank" sort). */
	position: number;
	card: CardRecord | null;
	status: CardStatus;
	suspended: boolean;
	flagged: boolean;
	/** Normalised prompt + answer, for search. */
	text: string;
}

export interface BrowseFilter {
	search?: string;
	doc?: string | null;
	kind?: QuestionKind | null;
	type?: QuestionType | null;
	/** A status, or 'suspended' / 'flagged'. */
	state?: CardStatus | 'suspended' | 'flagged' | null;
	sort?: BrowseSort;
}

export function cardStatus(card: CardRecord | null | undefined, now: number): CardStatus {
	if (!card || card.queue === 0 || card.state === 0) return 'new';
	if (card.state === 1 || card.state === 3) return 'learning';
	return card.due <= now ? 'due' : 'review';
}

export function buildRows(
	questions: readonly Question[],
	cards: ReadonlyMap<string, CardRecord>,
	flagged: ReadonlySet<string>,
	suspended: ReadonlySet<string>,
	now: number
): BrowseRow[] {
	return questions.map((question, position) => {
		const card = cards.get(question.id) ?? null;
		return {
			question,
			position,
			card,
			status: cardStatus(card, now),
			suspended: suspended.has(question.id),
			flagged: flagged.has(question.id),
			text: ` ${normalizeText(`${question.prompt} ${question.answer}`)} `
		};
	});
}

/** The rows that match, sorted (due: soonest first, new cards last; difficulty and lapses: highest first). */
export function browse(rows: readonly BrowseRow[], filter: BrowseFilter): BrowseRow[] {
	const words = normalizeText(filter.search ?? '')
		.split(' ')
		.filter(Boolean);
	const out = rows.filter(
		(r) =>
			(!filter.doc || r.question.sources[0]?.doc === filter.doc) &&
			(!filter.kind || r.question.kind === filter.kind) &&
			(!filter.type || r.question.type === filter.type) &&
			matchesState(r, filter.state ?? null) &&
			words.every((w) => r.text.includes(w))
	);
	const by = SORTS[filter.sort ?? 'bank'];
	return out.sort((a, b) => by(a, b) || a.position - b.position);
}

function matchesState(r: BrowseRow, state: BrowseFilter['state']): boolean {
	if (!state) return true;
	if (state === 'suspended') return r.suspended;
	if (state === 'flagged') return r.flagged;
	return r.status === state && !r.suspended;
}

const scheduled = (r: BrowseRow) => (r.card && r.status !== 'new' ? r.card : null);

const SORTS: Record<BrowseSort, (a: BrowseRow, b: BrowseRow) => number> = {
	bank: () => 0,
	due: (a, b) => (scheduled(a)?.due ?? Infinity) - (scheduled(b)?.due ?? Infinity) || 0,
	difficulty: (a, b) => (scheduled(b)?.difficulty ?? -1) - (scheduled(a)?.difficulty ?? -1),
	lapses: (a, b) => (b.card?.lapses ?? 0) - (a.card?.lapses ?? 0)
};
