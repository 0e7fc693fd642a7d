// The classroom's state classes on a fake clock: the countdown, the presenter's tally and pause, and a student's
// attempt across a reload (a new state over the same stored attempt).
import { describe, expect, it } from 'vitest';
import { composeQuiz, type PlayQuiz } from '$lib/classroom/compose';
import { decodeQuizCode, encodeQuizCode } from '$lib/classroom/quiz-code';
import { decodeResultCode } from '$lib/classroom/result-code';
import { indexEntry, makeBank } from '$lib/classroom/test-fixtures';
import { readAttempt } from '$lib/classroom/attempt';
import type { AttemptStore } from '$lib/storage/classroom-attempts';
import { Countdown, type Clock } from './classroom-timer.svelte';
import { PresenterState } from './classroom-presenter.svelte';
import { ClassroomAttemptState } from './classroom-attempt.svelte';
import { ComposeState } from './classroom-compose.svelte';

/** A clock the test moves by hand; intervals fire at their due times as it moves. */
class FakeClock implements Clock {
	time = 1_700_000_000_000;
	#timers = new Set<{ ms: number; fn: () => void; due: number }>();
	now = () => this.time;
	every(ms: number, fn: () => void) {
		const timer = { ms, fn, due: this.time + ms };
		this.#timers.add(timer);
		return () => void this.#timers.delete(timer);
	}
	get active() {
		return this.#timers.size;
	}
	advance(ms: number) {
		const end = this.time + ms;
		for (;;) {
			const next = [...this.#timers].sort((a, b) => a.due - b.due)[0];
			if (!next || next.due > end) break;
			this.time = next.due;
			next.due += next.ms;
			next.fn();
		}
		this.time = end;
	}
}

const bank = makeBank(30);
/** Picked 0 (choice), 2 (truefalse) and 3 (cloze), `seconds` each. */
function quizOf(seconds: number): PlayQuiz {
	const code = encodeQuizCode({ bankId: bank.id, bankVersion: bank.version, bankSize: 30, seconds, selection: { mode: 'picked', indexes: [0, 2, 3] } });
	return composeQuiz(bank, decodeQuizCode(code, [indexEntry(bank)]));
}

function memoryStore(): AttemptStore & { saved: Map<string, string> } {
	const saved = new Map<string, string>();
	return {
		saved,
		// Through JSON, as localStorage does: nothing shared by reference survives a "reload".
		load: (code, count) => (saved.has(code) ? readAttempt(JSON.parse(saved.get(code)!), code, count) : undefined),
		save: (a) => (saved.set(a.code, JSON.stringify(a)), true),
		clear: (code) => void saved.delete(code)
	};
}

describe('Countdown', () => {
	it('counts down, pauses with the time left frozen, resumes, and says time is up once', () => {
		const clock = new FakeClock();
		let expired = 0;
		const timer = new Countdown(clock, () => expired++);
		timer.start(20);
		expect(timer.seconds).toBe(20);
		clock.advance(4_100);
		expect(timer.seconds).toBe(16);
		timer.pause();
		expect(timer.paused).toBe(true);
		clock.advance(60_000);
		expect(timer.seconds).toBe(16);
		expect(clock.active).toBe(0);
		timer.resume();
		clock.advance(15_000);
		expect(timer.seconds).toBe(1);
		expect(timer.expired).toBe(false);
		clock.advance(1_000);
		expect(timer.expired).toBe(true);
		expect(timer.seconds).toBe(0);
		expect(timer.canPause).toBe(false);
		expect(expired).toBe(1);
		clock.advance(10_000);
		expect(expired).toBe(1);
		expect(clock.active).toBe(0);
	});

	it('resumes a deadline set earlier, and one already past is up at once', () => {
		const clock = new FakeClock();
		let expired = 0;
		const timer = new Countdown(clock, () => expired++);
		timer.startUntil(clock.now() + 7_500, 20);
		expect(timer.seconds).toBe(8);
		timer.startUntil(clock.now() - 1, 20);
		expect(timer.expired).toBe(true);
		expect(expired).toBe(1);
		expect(clock.active).toBe(0);
	});

	it('stops with the time left on screen, and clear leaves nothing timed', () => {
		const clock = new FakeClock();
		const timer = new Countdown(clock);
		timer.start(30);
		clock.advance(10_000);
		timer.stop();
		clock.advance(30_000);
		expect(timer.seconds).toBe(20);
		expect(timer.expired).toBe(false);
		timer.clear();
		expect(timer.totalMs).toBe(0);
		expect(timer.expired).toBe(false);
	});
});

describe('PresenterState', () => {
	it('offers Pause while the question is timed, never after time is up or the answer is shown', () => {
		const clock = new FakeClock();
		const presenter = new PresenterState(clock, async () => []);
		presenter.load(quizOf(10));
		expect(presenter.canPause).toBe(false);
		presenter.next();
		expect(presenter.canPause).toBe(true);
		presenter.togglePause();
		expect(presenter.timer.paused).toBe(true);
		presenter.togglePause();
		clock.advance(10_000);
		expect(presenter.timer.expired).toBe(true);
		expect(presenter.canPause).toBe(false);
		presenter.togglePause();
		expect(presenter.timer.paused).toBe(false);
		presenter.next();
		expect(presenter.canPause).toBe(true);
		presenter.reveal();
		expect(presenter.canPause).toBe(false);
		presenter.togglePause();
		expect(presenter.timer.paused).toBe(false);
	});

	it('tallies the room per question and names the hardest at the end', async () => {
		const presenter = new PresenterState(new FakeClock(), async () => []);
		const quiz = quizOf(0);
		presenter.load(quiz);
		presenter.count(true); // title screen: no question to count
		presenter.next();
		expect(presenter.timer.totalMs).toBe(0);
		presenter.count(false);
		presenter.count(false);
		presenter.count(true);
		presenter.next();
		presenter.count(true);
		presenter.next();
		presenter.count(true);
		presenter.count(false);
		expect(presenter.tally.counts).toEqual([
			{ right: 1, wrong: 2 },
			{ right: 1, wrong: 0 },
			{ right: 1, wrong: 1 }
		]);
		presenter.next();
		expect(presenter.finished).toBe(true);
		await presenter.summarize();
		expect(presenter.hardest.map((h) => [h.fact.number, Math.round(h.fact.share * 100), h.from])).toEqual([
			[1, 33, '3 in the room'],
			[3, 50, '2 in the room']
		]);
	});

	it('prefers collected results to the room tally, and keeps team scores at zero or more', async () => {
		const presenter = new PresenterState(new FakeClock(), async () => [{ correct: [true, false, true] }, { correct: [true, false, false] }]);
		presenter.load(quizOf(0));
		presenter.addTeam();
		presenter.addTeam();
		presenter.score(1, 1);
		presenter.score(0, -1);
		expect(presenter.teams).toEqual([
			{ name: 'Team 1', score: 0 },
			{ name: 'Team 2', score: 1 }
		]);
		await presenter.summarize();
		expect(presenter.hardest.map((h) => [h.fact.number, h.from])).toEqual([
			[2, '2 results'],
			[3, '2 results']
		]);
	});
});

describe('ClassroomAttemptState', () => {
	function answerRight(state: ClassroomAttemptState) {
		const q = state.current!.question;
		state.respond(q.type === 'cloze' ? { type: 'text', value: q.answer } : { type: 'pick', value: q.answer });
	}

	it('keeps the deadline across a reload, and says time is up when it runs out', () => {
		const clock = new FakeClock();
		const store = memoryStore();
		const quiz = quizOf(20);
		const before = new ClassroomAttemptState({ clock, store });
		before.load(quiz);
		before.start('  Aiko  ');
		expect(before.timed).toBe(true);
		clock.advance(3_000);
		answerRight(before);
		expect(before.number).toBe(2);
		clock.advance(12_000);
		before.destroy();

		// Reload 12 s into question 2: 8 s left, not a fresh 20.
		const after = new ClassroomAttemptState({ clock, store });
		after.load(quiz);
		expect(after.attempt?.name).toBe('Aiko');
		expect(after.number).toBe(2);
		expect(after.timer.seconds).toBe(8);
		expect(after.timeUp).toBeNull();
		clock.advance(8_000);
		expect(after.timeUp).toBe(2);
		expect(after.number).toBe(3);
		expect(after.attempt?.answers[1]).toEqual({ correct: false, given: '' });
		expect(after.timer.seconds).toBe(20);
		// The notice stays until the student answers the next question.
		answerRight(after);
		expect(after.timeUp).toBeNull();
		const result = decodeResultCode(after.attempt!.resultCode!, { code: quiz.code, questionCount: 3, seconds: 20 });
		expect(result.correct).toEqual([true, false, true]);
		expect(result.name).toBe('Aiko');
		// 3 s + the whole 20 s of the missed question + 0 s.
		expect(after.attempt!.seconds).toBe(23);
		expect(after.timed).toBe(false);
	});

	it('counts a question whose deadline passed while the phone was away as missed, at once on reopening', () => {
		const clock = new FakeClock();
		const store = memoryStore();
		const quiz = quizOf(15);
		const first = new ClassroomAttemptState({ clock, store });
		first.load(quiz);
		first.start('Ken');
		first.destroy();
		clock.advance(5 * 60_000);
		const back = new ClassroomAttemptState({ clock, store });
		back.load(quiz);
		expect(back.timeUp).toBe(1);
		expect(back.number).toBe(2);
		expect(back.timer.seconds).toBe(15);
		expect(JSON.parse(store.saved.get(quiz.code)!).answers).toEqual([{ correct: false, given: '' }]);
	});

	it('an untimed quiz never runs out; a finished attempt is shown again and can be cleared for another student', () => {
		const clock = new FakeClock();
		const store = memoryStore();
		const quiz = quizOf(0);
		const state = new ClassroomAttemptState({ clock, store });
		state.load(quiz);
		state.start('');
		expect(state.nameError).not.toBe('');
		expect(state.attempt).toBeNull();
		state.start('Mia');
		expect(state.timed).toBe(false);
		clock.advance(3_600_000);
		expect(state.number).toBe(1);
		for (let i = 0; i < 3; i++) answerRight(state);
		expect(state.right).toBe(3);
		const code = state.attempt?.resultCode;
		const again = new ClassroomAttemptState({ clock, store });
		again.load(quiz);
		expect(again.attempt?.resultCode).toBe(code);
		expect(again.current).toBeNull();
		again.anotherStudent();
		expect(again.attempt).toBeNull();
		expect(store.saved.has(quiz.code)).toBe(false);
	});
});

describe('ComposeState', () => {
	it('says what to fix instead of making a quiz, and any change clears a code made before', async () => {
		const compose = new ComposeState(() => 0.5);
		compose.bank = makeBank(60);
		compose.kinds = [];
		await compose.make(0);
		expect(compose.error).toBe('Tick at least one kind of question.');
		expect(compose.made).toBeNull();
		compose.kinds = ['date'];
		compose.count = compose.maxCount + 1;
		await compose.make(0);
		expect(compose.error).toMatch(new RegExp(`ask for ${compose.maxCount} or fewer, or tick more kinds`));
		compose.count = Number.NaN;
		await compose.make(0);
		expect(compose.error).toBe('Ask at least one question (a whole number).');
		compose.mode = 'pick';
		expect(compose.problem()).toBe('Pick at least one question.');
		compose.togglePick(4);
		compose.togglePick(5);
		compose.togglePick(4);
		expect(compose.picked).toEqual([5]);
		expect(compose.problem()).toBe('');
		compose.made = { code: 'QOLD', title: 'old' };
		compose.edited();
		expect(compose.made).toBeNull();
		expect(compose.error).toBe('');
	});
});
