// The review of an own bank's questions (after a build, or when a saved bank is edited): which question is current
// (its sentence marked in the article), accept / reject, edits and questions the learner writes (each judged by the
// single-question gates before it can be accepted), accept all scoring at least a score. The gates load on the
// first edit (they bring the date reader): the review screen itself appears without them.
import type { Question } from '$lib/format/bank-format';
import type { Rejection } from '$lib/bank/candidate';
import type { QuestionScores } from '$lib/bank/build-document';
import type { GateDocument, QuestionProblem } from '$lib/bank/gate/check-single-question';
import type { Sentence } from '$lib/bank/clean/segment-sentences';
import { applyEdit, editOf, idsScoringAtLeast, scoreSteps, writeQuestion, type QuestionEdit, type WrittenQuestion } from '$lib/domain/review';

type Gates = typeof import('$lib/bank/gate/check-single-question');

/** One question on the review list: as the builder (or the last save) made it, and as it stands now. */
export interface ReviewItem {
	/** The builder's id: stays the item's key whatever the edits do to the question's id. */
	key: string;
	original: Question;
	current: Question;
	/** Written by the learner on the review screen. */
	written?: boolean;
}

/** A candidate the builder turned down, as the review lists it. */
export type TurnedDown = Pick<Rejection, 'prompt' | 'reason'>;

export interface ReviewInput {
	docId: string;
	text: string;
	questions: readonly Question[];
	scores?: QuestionScores;
	rejected?: readonly TurnedDown[];
	/** Editing a saved bank: its questions start accepted. */
	accepted?: boolean;
}

export class ReviewState {
	readonly docId: string;
	readonly text: string;
	readonly rejected: readonly TurnedDown[];
	readonly scores: QuestionScores | undefined;
	items = $state.raw<ReviewItem[]>([]);
	/** Item key → accepted (true) or rejected (false); undecided items are absent. */
	decisions = $state<Record<string, boolean>>({});
	/** The item whose sentence the article marks. */
	currentKey = $state<string | null>(null);
	/** The item being edited and its draft. */
	editingKey = $state<string | null>(null);
	draft = $state<QuestionEdit>({ prompt: '', answer: '', distractors: [] });
	/** The question being written and the sentence it is on. */
	writing = $state<{ sentence: Sentence; form: WrittenQuestion } | null>(null);
	/** Said after an action (read by screen readers). */
	notice = $state('');
	/** The single-question gates and this document as they see it, once loaded. */
	gates = $state.raw<{ check: Gates['checkSingleQuestion']; sentenceAt: Gates['sentenceAt']; doc: GateDocument } | null>(null);
	#loading: Promise<void> | null = null;

	accepted = $derived(this.items.filter((i) => this.decisions[i.key] === true).map((i) => i.current));
	current = $derived(this.items.find((i) => i.key === this.currentKey) ?? null);
	/** Thresholds for "accept all scoring at least …" (only after a build: saved questions have no score). */
	steps = $derived.by(() => (this.scores ? scoreSteps(this.#scoring(), (id) => this.scoreOf(id)) : []));

	/** The draft as a question, and its first problem (null: it passes; undefined: the gates are still loading). */
	editing = $derived.by(() => {
		const item = this.items.find((i) => i.key === this.editingKey);
		if (!item) return null;
		const question = applyEdit(item.original, { ...this.draft, distractors: this.draft.distractors.filter((d) => d.trim()) }, this.docId);
		return { item, question, problem: this.#judge(question, item.key) };
	});

	written = $derived.by(() => {
		const w = this.writing;
		if (!w) return null;
		const question = writeQuestion(this.docId, w.sentence, { ...w.form, distractors: w.form.distractors.filter((d) => d.trim()) });
		return { question, problem: this.#judge(question, null) };
	});

	constructor(input: ReviewInput) {
		this.docId = input.docId;
		this.text = input.text;
		this.rejected = input.rejected ?? [];
		this.scores = input.scores;
		this.items = input.questions.map((q) => ({ key: q.id, original: q, current: q }));
		if (input.accepted) this.decisions = Object.fromEntries(this.items.map((i) => [i.key, true]));
		this.currentKey = this.items[0]?.key ?? null;
	}

	/** What "accept all scoring at least …" may accept: the builder's questions the learner has not rejected. */
	#scoring(): { id: string }[] {
		return this.items.filter((i) => !i.written && this.decisions[i.key] !== false).map((i) => ({ id: i.key }));
	}

	scoreOf(key: string): number {
		return this.scores?.[key]?.score ?? 1;
	}

	/** Load the gates (and split the document into sentences) once. */
	loadGates(): Promise<void> {
		this.#loading ??= import('$lib/bank/gate/check-single-question').then((g) => {
			this.gates = { check: g.checkSingleQuestion, sentenceAt: g.sentenceAt, doc: g.gateDocument(this.docId, this.text) };
		});
		return this.#loading;
	}

	#judge(q: Question, key: string | null): QuestionProblem | null | undefined {
		const gates = this.gates;
		if (!gates) return undefined;
		const problem = gates.check(q, gates.doc);
		if (problem) return problem;
		const twin = this.items.find((i) => i.key !== key && i.current.id === q.id);
		if (twin)
			return { gate: 'malformed', field: 'answer', reason: `same id as ${twin.key}`, message: 'The list already has this question (the same answer on the same sentence): change the answer or the sentence.' };
		return null;
	}

	show(key: string): void {
		this.currentKey = key;
	}

	decide(key: string, accept: boolean): void {
		this.decisions[key] = accept;
		this.currentKey = key;
	}

	acceptAll(): void {
		this.decisions = Object.fromEntries(this.items.map((i) => [i.key, true]));
		this.notice = '';
	}

	acceptScoring(min: number): void {
		const ids = idsScoringAtLeast(this.#scoring(), (id) => this.scoreOf(id), min);
		for (const id of ids) this.decisions[id] = true;
		this.notice = `${ids.length} ${ids.length === 1 ? 'question' : 'questions'} scoring at least ${formatScore(min)} accepted.`;
	}

	startEdit(key: string): void {
		const item = this.items.find((i) => i.key === key);
		if (!item) return;
		this.editingKey = key;
		this.currentKey = key;
		this.draft = editOf(item.current);
		void this.loadGates();
	}

	cancelEdit(): void {
		this.editingKey = null;
	}

	/** Keep the edit and accept the question: refused while a gate fails (the form says why). */
	acceptEdit(): boolean {
		const e = this.editing;
		if (!e || e.problem !== null) return false;
		this.items = this.items.map((i) => (i.key === e.item.key ? { ...i, current: e.question } : i));
		this.decisions[e.item.key] = true;
		this.editingKey = null;
		this.notice = 'Edit kept; the question is accepted.';
		return true;
	}

	/** Start a question on the sentence holding offset `at` of the text (a selection in the article). */
	async writeAt(at: number): Promise<void> {
		await this.loadGates();
		const sentence = this.gates!.sentenceAt(this.gates!.doc, at);
		if (sentence) this.writeOn(sentence);
	}

	writeOn(sentence: Sentence): void {
		const prev = this.writing?.form;
		this.writing = { sentence, form: prev ?? { type: 'typed', prompt: '', answer: '', distractors: ['', ''] } };
	}

	cancelWriting(): void {
		this.writing = null;
	}

	/** Add the written question to the accepted ones: refused while a gate fails. */
	addWritten(): boolean {
		const w = this.written;
		if (!w || w.problem !== null) return false;
		this.items = [...this.items, { key: w.question.id, original: w.question, current: w.question, written: true }];
		this.decisions[w.question.id] = true;
		this.currentKey = w.question.id;
		this.writing = null;
		this.notice = 'Your question is added to the accepted ones.';
		return true;
	}
}

export function formatScore(score: number): string {
	return score.toFixed(2).replace(/0$/, '');
}
