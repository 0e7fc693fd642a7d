// A student's quiz: open it from its code, a name, then each question against its deadline, the score, the missed
// questions with their sources, and the result code for the teacher. The attempt is kept on the device after every
// change (a reload resumes the same question with the same deadline); nothing touches the study schedule unless
// the student asks to add the missed questions.
import type { PlayQuestion, PlayQuiz } from '$lib/classroom/compose';
import { gradeResponse } from '$lib/classroom/grade';
import { checkName, cleanName } from '$lib/classroom/name';
import { encodeResultCode } from '$lib/classroom/result-code';
import { newAttempt, recordAnswer, showNext, timeLeft, type Attempt } from '$lib/classroom/attempt';
import { localAttempts, type AttemptStore } from '$lib/storage/classroom-attempts';
import { addToStudy } from '$lib/storage';
import type { LearnerResponse } from './response';
import { openQuiz } from './classroom-quiz';
import { Countdown, systemClock, type Clock } from './classroom-timer.svelte';

export class ClassroomAttemptState {
	quiz = $state.raw<PlayQuiz | null>(null);
	attempt = $state.raw<Attempt | null>(null);
	error = $state('');
	loading = $state(false);
	nameError = $state('');
	flashcardShown = $state(false);
	storageWarning = $state('');
	studyMessage = $state('');
	/** The number of the question whose time ran out, said until the student answers the next one. */
	timeUp = $state<number | null>(null);
	readonly timer: Countdown;

	current = $derived<PlayQuestion | null>(
		this.quiz && this.attempt && !this.attempt.resultCode ? (this.quiz.questions[this.attempt.answers.length] ?? null) : null
	);
	/** 1-based number of the question on screen. */
	number = $derived(this.attempt ? this.attempt.answers.length + 1 : 0);
	right = $derived(this.attempt ? this.attempt.answers.filter((a) => a.correct).length : 0);
	missed = $derived(
		this.quiz && this.attempt?.resultCode
			? this.quiz.questions.flatMap((q, i) => (this.attempt?.answers[i]?.correct ? [] : [{ q, a: this.attempt?.answers[i], n: i + 1 }]))
			: []
	);
	/** A timed question is on screen: the page keeps the student on it (no app menu). */
	timed = $derived(!!this.current && !!this.quiz?.seconds);

	#clock: Clock;
	#store: AttemptStore;

	constructor({ clock = systemClock, store = localAttempts }: { clock?: Clock; store?: AttemptStore } = {}) {
		this.#clock = clock;
		this.#store = store;
		this.timer = new Countdown(clock, () => this.#timeRanOut());
	}

	async open(text: string): Promise<void> {
		this.error = '';
		this.loading = true;
		this.timer.clear();
		try {
			this.load(await openQuiz(text));
		} catch (e) {
			this.quiz = null;
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.loading = false;
		}
	}

	/** Shows a quiz, resuming this device's attempt at it (with the deadline of the question it was on). */
	load(quiz: PlayQuiz): void {
		this.timer.clear();
		this.quiz = quiz;
		this.timeUp = null;
		this.attempt = this.#store.load(quiz.code, quiz.questions.length) ?? null;
		if (this.attempt && !this.attempt.resultCode) this.#show();
	}

	start(name: string): void {
		if (!this.quiz) return;
		this.nameError = checkName(name) ?? '';
		if (this.nameError) return;
		this.attempt = newAttempt(this.quiz.code, cleanName(name));
		this.#show();
	}

	respond(response: LearnerResponse): void {
		if (response.type === 'reveal') this.flashcardShown = true;
		else this.#record(response);
	}

	/** A flashcard: the student says whether they knew it. */
	selfGrade(knew: boolean): void {
		this.#record({ type: 'reveal' }, knew);
	}

	async addMissed(): Promise<void> {
		try {
			const added = await addToStudy(
				this.missed.map((m) => m.q.question),
				Date.now()
			);
			this.studyMessage =
				added === 0 ? 'They were already in your study schedule.' : `Added ${added} question${added === 1 ? '' : 's'} to your study schedule.`;
		} catch (e) {
			this.studyMessage = e instanceof Error ? e.message : String(e);
		}
	}

	/** Clears the finished attempt from this device so another student can take the quiz. */
	anotherStudent(): void {
		if (!this.quiz) return;
		this.#store.clear(this.quiz.code);
		this.attempt = null;
		this.studyMessage = '';
		this.timeUp = null;
	}

	destroy(): void {
		this.timer.clear();
	}

	#show(): void {
		const quiz = this.quiz;
		if (!quiz || !this.attempt) return;
		const now = this.#clock.now();
		this.attempt = showNext(this.attempt, now, quiz.seconds);
		this.flashcardShown = false;
		this.#persist();
		const left = timeLeft(this.attempt, now);
		if (left === undefined) this.timer.clear();
		// Counting down to the stored deadline: a reload past it finds the time up at once.
		else this.timer.startUntil(now + left, quiz.seconds);
	}

	#timeRanOut(): void {
		if (!this.current) return;
		this.timeUp = this.number;
		this.#record(null, false, true);
	}

	#record(response: LearnerResponse | null, selfRight = false, timedOut = false): void {
		const quiz = this.quiz;
		const current = this.current;
		if (!quiz || !this.attempt || !current) return;
		if (!timedOut) this.timeUp = null;
		const now = this.#clock.now();
		let attempt = recordAnswer(this.attempt, gradeResponse(current.question, response, selfRight), now, quiz.seconds);
		if (attempt.answers.length === quiz.questions.length) {
			this.timer.clear();
			attempt = {
				...attempt,
				resultCode: encodeResultCode(
					quiz.code,
					{ name: attempt.name, correct: attempt.answers.map((a) => a.correct), seconds: attempt.seconds },
					{ questions: quiz.questions, given: attempt.answers.map((a) => a.given) }
				)
			};
			this.attempt = attempt;
			this.#persist();
		} else {
			this.attempt = attempt;
			this.#show();
		}
	}

	#persist(): void {
		if (this.attempt && !this.#store.save(this.attempt))
			this.storageWarning = 'This browser is not keeping your answers: do not reload the page until you have shown your result.';
	}
}
