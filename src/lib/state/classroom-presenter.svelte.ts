// The presenter on a projector: one question at a time, a countdown the teacher can pause until time is up, the
// answer revealed with its source, the room's tally per question, team scores, and the hardest questions at the end.
// Students' phones run their own copy of the quiz: nothing here reaches them.
import type { PlayQuiz } from '$lib/classroom/compose';
import { hardestQuestions, type HardQuestion, type RoomCount } from '$lib/classroom/results';
import { listQuizResults } from '$lib/storage';
import { openTeacherQuiz } from './classroom-quiz';
import { Countdown, systemClock, type Clock } from './classroom-timer.svelte';

export interface Team {
	name: string;
	score: number;
}

/** Who got each question, counted by hand after each reveal. */
export class RoomTally {
	counts = $state<RoomCount[]>([]);

	reset(questionCount: number): void {
		this.counts = Array.from({ length: questionCount }, () => ({ right: 0, wrong: 0 }));
	}

	add(index: number, right: boolean): void {
		const count = this.counts[index];
		if (!count) return;
		if (right) count.right++;
		else count.wrong++;
	}
}

export class PresenterState {
	quiz = $state.raw<PlayQuiz | null>(null);
	error = $state('');
	/** -1 = title screen, questions.length = summary. */
	index = $state(-1);
	revealed = $state(false);
	teams = $state<Team[]>([]);
	hardest = $state.raw<HardQuestion[]>([]);
	readonly tally = new RoomTally();
	readonly timer: Countdown;
	#readResults: (code: string) => Promise<{ correct: boolean[] }[]>;

	current = $derived(this.quiz && this.index >= 0 && this.index < this.quiz.questions.length ? this.quiz.questions[this.index] : null);
	finished = $derived(!!this.quiz && this.index >= this.quiz.questions.length);
	/** Pause is offered while a question is being timed; never once time is up or the answer is shown. */
	get canPause(): boolean {
		return !!this.current && !this.revealed && this.timer.canPause;
	}
	document = $derived(this.current ? this.quiz?.bank.documents.find((d) => d.id === this.current?.question.sources[0]?.doc) : undefined);

	constructor(clock: Clock = systemClock, readResults: (code: string) => Promise<{ correct: boolean[] }[]> = listQuizResults) {
		this.timer = new Countdown(clock);
		this.#readResults = readResults;
	}

	async open(text: string): Promise<void> {
		this.error = '';
		try {
			this.load(await openTeacherQuiz(text));
		} catch (e) {
			this.quiz = null;
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	load(quiz: PlayQuiz): void {
		this.timer.clear();
		this.quiz = quiz;
		this.index = -1;
		this.revealed = false;
		this.hardest = [];
		this.tally.reset(quiz.questions.length);
	}

	next(): void {
		const quiz = this.quiz;
		if (!quiz || this.index >= quiz.questions.length) return;
		this.index++;
		this.revealed = false;
		if (this.index < quiz.questions.length) {
			if (quiz.seconds) this.timer.start(quiz.seconds);
			else this.timer.clear();
		} else {
			this.timer.clear();
			void this.summarize();
		}
	}

	reveal(): void {
		if (!this.current) return;
		this.revealed = true;
		this.timer.stop();
	}

	togglePause(): void {
		if (this.canPause) this.timer.toggle();
	}

	/** The room's hands for the question on screen. */
	count(right: boolean): void {
		if (this.current) this.tally.add(this.index, right);
	}

	addTeam(): void {
		this.teams.push({ name: `Team ${this.teams.length + 1}`, score: 0 });
	}

	score(team: number, delta: 1 | -1): void {
		const t = this.teams[team];
		if (t) t.score = Math.max(0, t.score + delta);
	}

	async summarize(): Promise<void> {
		const quiz = this.quiz;
		if (!quiz) return;
		const results = await this.#readResults(quiz.code).catch(() => []);
		if (this.quiz === quiz) this.hardest = hardestQuestions(quiz, results, this.tally.counts);
	}

	destroy(): void {
		this.timer.clear();
	}
}
