// A long view renders its first screenful at once and the rest in chunks after the first paint, so it appears within
// budget on a slow phone (issue 14); chunks only append, so the list stays one list in document order. Printing
// renders everything first (beforeprint and the print media query), so the paper shows every entry.
import { flushSync } from 'svelte';

export class Progressive {
	/** How many items to render now. */
	limit = $state(0);
	readonly #total: () => number;

	/** Call while a component initialises: `total` is read reactively (it is 0 until the data arrives). */
	constructor(total: () => number, first: number, more: number) {
		this.limit = first;
		this.#total = total;
		$effect(() => {
			if (this.limit >= total()) return;
			// When the browser is idle after the frame that shows what is rendered (a tap or a paint comes first); a
			// browser without requestIdleCallback (Safari) waits for the frame, then a little.
			if (typeof requestIdleCallback === 'function') {
				const idle = requestIdleCallback(() => (this.limit += more), { timeout: 500 });
				return () => cancelIdleCallback(idle);
			}
			let timer: ReturnType<typeof setTimeout> | undefined;
			const frame = requestAnimationFrame(() => {
				timer = setTimeout(() => (this.limit += more), 50);
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
		$effect(() => {
			const all = () => {
				this.limit = Infinity;
				flushSync();
			};
			const print = matchMedia('print');
			if (print.matches) all();
			window.addEventListener('beforeprint', all);
			print.addEventListener('change', all);
			return () => {
				window.removeEventListener('beforeprint', all);
				print.removeEventListener('change', all);
			};
		});
	}

	/** Every item is in the DOM (the benchmark and tests read it). */
	get complete(): boolean {
		return this.limit >= this.#total();
	}
}
