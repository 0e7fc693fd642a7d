// Composing a quiz: a bank, kinds and a count (drawn with a seed) or hand-picked questions → a code the teacher
// shows. The code on screen always matches the form: any change clears it, and a form that cannot make a quiz
// says what to change.
import type { Bank, BankIndexEntry, QuestionKind } from '$lib/format/bank-format';
import { composeQuiz, eligibleIndexes, quizTitle, seedFrom } from '$lib/classroom/compose';
import { decodeQuizCode, encodeQuizCode, KINDS, MAX_QUESTIONS, type QuizSelection } from '$lib/classroom/quiz-code';
import { loadBank } from './banks';
import { classroomBanks } from './classroom-quiz';
import { rememberQuiz } from './classroom-quiz';

export class ComposeState {
	banks = $state.raw<BankIndexEntry[]>([]);
	bank = $state.raw<Bank | null>(null);
	mode = $state<'kinds' | 'pick'>('kinds');
	kinds = $state<QuestionKind[]>([...KINDS]);
	count = $state(10);
	seconds = $state(20);
	search = $state('');
	picked = $state<number[]>([]);
	error = $state('');
	made = $state<{ code: string; title: string } | null>(null);

	/** Questions the ticked kinds hold that a device can check. */
	available = $derived(this.bank ? eligibleIndexes(this.bank, this.kinds).length : 0);
	maxCount = $derived(Math.min(MAX_QUESTIONS, this.available));
	perKind = $derived(Object.fromEntries(KINDS.map((k) => [k, this.bank ? eligibleIndexes(this.bank, [k]).length : 0])) as Record<QuestionKind, number>);
	matches = $derived.by(() => {
		if (!this.bank) return [];
		const words = this.search.toLowerCase().split(/\s+/).filter(Boolean);
		return this.bank.questions
			.map((question, index) => ({ question, index }))
			.filter(({ question }) => {
				const text = `${question.prompt} ${question.answer} ${question.kind}`.toLowerCase();
				return words.every((w) => text.includes(w));
			});
	});

	#bankId = $state('');
	#random: () => number;

	constructor(random: () => number = Math.random) {
		this.#random = random;
	}

	get bankId(): string {
		return this.#bankId;
	}

	set bankId(id: string) {
		if (id === this.#bankId) return;
		this.#bankId = id;
		this.bank = null;
		this.picked = [];
		this.edited();
		if (id)
			loadBank(id)
				.then((bank) => {
					if (this.#bankId === id) this.bank = bank;
				})
				.catch((e) => {
					if (this.#bankId === id) this.error = e instanceof Error ? e.message : String(e);
				});
	}

	async load(): Promise<void> {
		try {
			const banks = await classroomBanks();
			this.banks = banks;
			const first = banks.find((b) => b.id === 'corpus')?.id ?? banks[0]?.id ?? '';
			if (!first) this.error = 'No question banks are available yet.';
			this.bankId = first;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	/** The form changed: a code made before no longer matches it. */
	edited(): void {
		this.made = null;
		this.error = '';
	}

	togglePick(index: number): void {
		this.picked = this.picked.includes(index) ? this.picked.filter((i) => i !== index) : [...this.picked, index];
		this.edited();
	}

	/** What to fix before a quiz can be made, or '' when the form can make one. */
	problem(): string {
		if (!this.bank) return 'The question bank is still loading.';
		if (this.mode === 'kinds') {
			if (this.kinds.length === 0) return 'Tick at least one kind of question.';
			if (!Number.isInteger(this.count) || this.count < 1) return 'Ask at least one question (a whole number).';
			if (this.count > this.maxCount)
				return `The kinds ticked hold ${this.available} question${this.available === 1 ? '' : 's'} a phone can check, and a quiz has at most ${MAX_QUESTIONS}: ask for ${this.maxCount} or fewer, or tick more kinds.`;
		} else {
			if (this.picked.length === 0) return 'Pick at least one question.';
			if (this.picked.length > MAX_QUESTIONS) return `A quiz has at most ${MAX_QUESTIONS} questions; unpick ${this.picked.length - MAX_QUESTIONS}.`;
		}
		return '';
	}

	async make(now: number): Promise<void> {
		this.made = null;
		this.error = this.problem();
		const bank = this.bank;
		if (this.error || !bank) return;
		const selection: QuizSelection =
			this.mode === 'kinds'
				? { mode: 'seeded', kinds: [...this.kinds], count: this.count, seed: seedFrom(this.#random()) }
				: { mode: 'picked', indexes: [...this.picked] };
		const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: bank.questions.length, seconds: this.seconds, selection });
		const entry = this.banks.find((b) => b.id === bank.id);
		const quiz = composeQuiz(bank, decodeQuizCode(code, entry ? [entry] : []));
		try {
			await rememberQuiz(quiz, now);
		} catch (e) {
			this.error = `The quiz works, but it could not be saved on this device: ${e instanceof Error ? e.message : e}`;
		}
		this.made = { code, title: quizTitle(quiz) };
	}
}
