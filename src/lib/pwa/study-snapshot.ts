// The study page's card, painted before the app has started. Whenever a card is shown (after it is painted), a copy
// of the page is saved in localStorage; app.html's inline script paints that copy at once when the same study page
// is opened again (a cold start offline costs the app's scripts, the bank and the database before its own first
// card), beside <body> so that it is painted as soon as the head is read. The app then renders in <body>, out of
// sight (app.css), and takes over when its first card is ready: it shows the same
// card with the same choices (StudyState prefers it), carries over what was typed or tapped meanwhile, and removes
// the copy. A copy from another build, or of another study page, is never painted.

/** The localStorage key; app.html's inline script reads the same one. */
export const SNAPSHOT_KEY = 'sourcedeck:study-snapshot';
/** The attribute marking the painted copy (app.html sets it; app.css hides the app while it is there). */
const PAINTED = 'data-study-snapshot';

export interface StudySnapshot {
	v: 1;
	/** The app build it was made with: the file name of its entry module (a new build renames it). */
	build: string;
	/** The page it shows: path and query string. */
	key: string;
	/** The question on the card. */
	card: string;
	/** The choices (or items to order) in the order shown. */
	options: string[];
	/** The page's markup. */
	html: string;
	/** Set by app.html's script: the index of the last button tapped in the card before the app took over. */
	tap?: number;
}

/** The card painted from a saved copy, as the study session should show it first (null if none was painted). */
export interface FirstCardHint {
	card: string;
	options: string[];
}

type SnapshotWindow = Window & { sourcedeckSnapshot?: StudySnapshot };

/** The entry module's file name in this page's modulepreload links: it changes with every build of the app. */
export function buildOf(doc: Document): string | null {
	const href = doc.querySelector('link[rel="modulepreload"][href*="/entry/app."]')?.getAttribute('href');
	return href ? href.slice(href.lastIndexOf('/') + 1) : null;
}

/** The same items, perhaps in another order (a saved order of choices is reused only for the same choices). */
export function sameItems(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	const x = [...a].sort();
	const y = [...b].sort();
	return x.every((item, i) => item === y[i]);
}

/** The hint for the study session when app.html painted a saved card on this page load. */
export function paintedHint(): FirstCardHint | null {
	if (typeof document === 'undefined' || !document.querySelector(`[${PAINTED}]`)) return null;
	const s = (window as SnapshotWindow).sourcedeckSnapshot;
	return s ? { card: s.card, options: s.options } : null;
}

/**
 * Save the page as it shows `card` (call after the card is painted). Only what the card and its page show is kept:
 * no scripts, no floating notes, no alerts that may be stale next time.
 */
export function saveStudySnapshot(key: string, card: string, options: readonly string[]): void {
	try {
		const build = buildOf(document);
		const article = document.querySelector('article[aria-label="Question"]');
		const root = article?.closest('body > *');
		if (!build || !root || root.hasAttribute(PAINTED)) return;
		const copy = root.cloneNode(true) as Element;
		copy.querySelectorAll('script, #svelte-announcer, .pwa, main > [role="alert"], main > [role="status"]').forEach((el) => el.remove());
		const snapshot: StudySnapshot = { v: 1, build, key, card, options: [...options], html: copy.innerHTML };
		localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot));
	} catch {
		// No storage (private mode, quota): the next cold start waits for the app, as without a copy.
	}
}

/** Forget the saved card (it was answered, or the session is over): the next start paints nothing early. */
export function clearStudySnapshot(): void {
	try {
		localStorage.removeItem(SNAPSHOT_KEY);
	} catch {
		// Nothing saved either.
	}
}

/**
 * The app's page is ready (its first card, an error or the summary): remove the painted copy. When the app shows
 * the same card, what the learner did meanwhile carries over: typed text, the focused box, the last button tapped.
 */
export function takeOverSnapshot(shownCard: string | null): void {
	const painted = document.querySelector(`[${PAINTED}]`);
	if (!painted) return;
	const saved = (window as SnapshotWindow).sourcedeckSnapshot;
	const focused = document.activeElement;
	const oldFields = [...painted.querySelectorAll<HTMLInputElement>('article input[type="text"]')];
	const focusAt = oldFields.findIndex((field) => field === focused);
	const oldButtons = [...painted.querySelectorAll('article button')];
	painted.remove();
	delete (window as SnapshotWindow).sourcedeckSnapshot;
	const article = document.body.querySelector('article[aria-label="Question"]');
	if (!article) return;
	const same = !!saved && saved.card === shownCard;
	const fields = [...article.querySelectorAll<HTMLInputElement>('input[type="text"]')];
	if (same) {
		oldFields.forEach((old, i) => {
			const field = fields[i];
			if (!field || !old.value) return;
			field.value = old.value;
			field.dispatchEvent(new Event('input', { bubbles: true }));
		});
	}
	// The app's autofocus did nothing while it was out of sight.
	const focus = (same && focusAt >= 0 ? fields[focusAt] : null) ?? article.querySelector<HTMLElement>('[autofocus]');
	focus?.focus();
	const tap = same && saved?.tap !== undefined && oldButtons.length ? article.querySelectorAll<HTMLButtonElement>('button')[saved.tap] : null;
	tap?.click();
}
