// A countdown for a classroom question (presenter and student), on a clock that tests replace with a fake one.

export interface Clock {
	/** Milliseconds since the epoch (Date.now): a deadline kept across a reload stays meaningful. */
	now(): number;
	/** Calls `fn` every `ms` until the returned function is called. */
	every(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	every(ms, fn) {
		const id = setInterval(fn, ms);
		return () => clearInterval(id);
	}
};

/** How often the display is brought up to date: often enough that a second never shows late by more than this. */
const TICK_MS = 200;

export class Countdown {
	/** Length of the question's time, 0 when nothing is being timed. */
	totalMs = $state(0);
	remainingMs = $state(0);
	paused = $state(false);
	/** Whole seconds shown (rounded up: "1" until the very end). */
	seconds = $derived(Math.ceil(this.remainingMs / 1000));
	/** Time ran out: nothing left to pause, and "Time's up" is said. */
	expired = $derived(this.totalMs > 0 && this.remainingMs === 0);
	canPause = $derived(this.totalMs > 0 && this.remainingMs > 0);

	#clock: Clock;
	#onExpire: (() => void) | undefined;
	#deadline = 0;
	#cancel: (() => void) | undefined;

	constructor(clock: Clock = systemClock, onExpire?: () => void) {
		this.#clock = clock;
		this.#onExpire = onExpire;
	}

	/** Counts `seconds` down from now. */
	start(seconds: number): void {
		this.startUntil(this.#clock.now() + seconds * 1000, seconds);
	}

	/** Counts down to a deadline set earlier (a question resumed after a reload), out of `seconds` in all. */
	startUntil(deadline: number, seconds: number): void {
		this.#stopTicking();
		this.totalMs = seconds * 1000;
		this.#deadline = deadline;
		this.paused = false;
		this.remainingMs = Math.min(this.totalMs, Math.max(0, deadline - this.#clock.now()));
		if (this.remainingMs === 0) return this.#expire();
		this.#cancel = this.#clock.every(TICK_MS, () => this.#tick());
	}

	pause(): void {
		if (!this.#cancel) return;
		this.remainingMs = Math.max(0, this.#deadline - this.#clock.now());
		this.paused = true;
		this.#stopTicking();
		if (this.remainingMs === 0) this.#expire();
	}

	resume(): void {
		if (!this.paused) return;
		this.paused = false;
		this.#deadline = this.#clock.now() + this.remainingMs;
		this.#cancel = this.#clock.every(TICK_MS, () => this.#tick());
	}

	toggle(): void {
		if (this.paused) this.resume();
		else this.pause();
	}

	/** Stops counting and keeps what is shown (an answer revealed: the time left stays on screen). */
	stop(): void {
		this.#stopTicking();
		this.paused = false;
	}

	/** Nothing timed any more (an untimed question, the end of the quiz). */
	clear(): void {
		this.stop();
		this.totalMs = 0;
		this.remainingMs = 0;
	}

	#tick(): void {
		this.remainingMs = Math.max(0, this.#deadline - this.#clock.now());
		if (this.remainingMs === 0) this.#expire();
	}

	#expire(): void {
		this.#stopTicking();
		this.paused = false;
		this.#onExpire?.();
	}

	#stopTicking(): void {
		this.#cancel?.();
		this.#cancel = undefined;
	}
}
