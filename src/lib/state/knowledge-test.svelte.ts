// "Check your knowledge": a test that never touches the schedule (nothing here writes to storage).
import type { Bank, Question } from '$lib/format/bank-format';
import { checkAnswer, composeKnowledgeTest, scoreKnowledgeTest, type AnswerCheck, type TestScore } from '$lib/domain';
import { loadBank } from './banks';
import { reportProblem } from './problems';
import { matchNote, optionsFor } from './study.svelte';
import { toAnswerInput, type Graded, type LearnerResponse } from './response';
import { emptyMap } from './collections';

export type TestPhase = 'loading' | 'setup' | 'asking' | 'answered' | 'done' | 'error';

export class KnowledgeTestState {
	phase = $state<TestPhase>('loading');
	bank = $state.raw<Bank | null>(null);
	questions = $state.raw<Question[]>([]);
	index = $state(0);
	options = $state.raw<string[]>([]);
	response = $state.raw<LearnerResponse | null>(null);
	graded = $state.raw<Graded | null>(null);
	score = $state.raw<TestScore | null>(null);
	error = $state<string | null>(null);
	#checks = emptyMap<string, AnswerCheck>();
	/** What the learner answered, by question id (shown in the missed list). */
	#given = emptyMap<string, string>();
	#shownAt = 0;

	/** A getter, not $derived: the test outlives the page that created it (Back from the reader). */
	get question(): Question | null {
		return this.questions[this.index] ?? null;
	}

	async load(bankId: string): Promise<void> {
		// Back from the reader (or any page): the running test, or its results, are still here.
		if (this.bank?.id === bankId && this.phase !== 'error' && this.phase !== 'loading') return;
		this.phase = 'loading';
		this.questions = [];
		this.score = null;
		try {
			this.bank = await loadBank(bankId);
			this.phase = 'setup';
		} catch (e) {
			this.error = reportProblem(e);
			this.phase = 'error';
		}
	}

	start(count: number): void {
		if (!this.bank) return;
		this.questions = composeKnowledgeTest(this.bank.questions, { count, seed: crypto.randomUUID() });
		this.#checks = emptyMap();
		this.#given = emptyMap();
		this.score = null;
		this.index = 0;
		this.#show();
	}

	respond(response: LearnerResponse): void {
		const q = this.question;
		if (!q || this.phase !== 'asking') return;
		this.response = response;
		if (response.type === 'reveal') {
			// A flashcard: the learner says whether they knew it (selfGrade).
			this.graded = { correct: null, suggested: 3 };
		} else {
			const input = toAnswerInput(response);
			const check = checkAnswer(q, input, { elapsedMs: Date.now() - this.#shownAt });
			this.#checks.set(q.id, check);
			const given = response.type === 'order' ? response.items.join(' → ') : response.value;
			this.#given.set(q.id, given);
			this.graded = { correct: check.correct, suggested: check.suggested, given, matched: matchNote(check) };
		}
		this.phase = 'answered';
	}

	/** Flashcards in a test: the learner's own verdict after seeing the answer. */
	selfGrade(knew: boolean): void {
		const q = this.question;
		if (!q || this.phase !== 'answered') return;
		this.#checks.set(q.id, checkAnswer(q, { kind: 'self', rating: knew ? 3 : 1 }));
		this.#given.set(q.id, knew ? 'I knew it' : 'I did not know it');
		this.next();
	}

	/** What the learner answered to a question of this test ("" for nothing). */
	givenFor(id: string): string | undefined {
		return this.#given.get(id);
	}

	next(): void {
		if (this.phase !== 'answered') return;
		this.index += 1;
		this.#show();
	}

	#show(): void {
		this.response = null;
		this.graded = null;
		const q = this.question;
		if (!q) {
			this.score = scoreKnowledgeTest(this.questions, this.#checks);
			this.phase = 'done';
			return;
		}
		this.options = optionsFor(q);
		this.#shownAt = Date.now();
		this.phase = 'asking';
	}
}

let shared: KnowledgeTestState | null = null;

/** The one test of this tab: kept across pages, so reading an article and coming Back resumes it. */
export function knowledgeTest(): KnowledgeTestState {
	shared ??= new KnowledgeTestState();
	return shared;
}
