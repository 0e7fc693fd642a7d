/** Text normalisation shared by the gates, dedupe and ids: case, quotes, dashes and spacing do not matter. */

const WORD = /[\p{L}\p{N}]+|%/gu;

const tokenMemo = new Map<string, readonly string[]>();

/**
 * Lower-case word tokens; punctuation, quotes and dashes are separators ("Abe’s" → abe, s; "14%" → 14, %).
 * Memoised (the gates, generators and dedupe tokenise the same sentences and roles many times): read-only.
 */
export function tokenize(text: string): readonly string[] {
	let tokens = tokenMemo.get(text);
	if (tokens === undefined) {
		if (tokenMemo.size > 20000) tokenMemo.clear();
		tokens = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
		tokenMemo.set(text, tokens);
	}
	return tokens;
}

const memo = new Map<string, string>();

/** Memoised: the gates normalise the same sentences and names many times. */
export function normalizeText(text: string): string {
	let n = memo.get(text);
	if (n === undefined) {
		if (memo.size > 20000) memo.clear();
		n = tokenize(text).join(' ');
		memo.set(text, n);
	}
	return n;
}

/** True when `needle` occurs in `haystack` as whole words after normalisation. */
export function containsWords(haystack: string, needle: string): boolean {
	const n = normalizeText(needle);
	if (!n) return false;
	return ` ${normalizeText(haystack)} `.includes(` ${n} `);
}

const STOP = new Set(
	'a an the of in on at to for and or but by with from as that this these those is are was were be been has have had it its their his her he she they which who whom would will could should may might must not no than then there so into over under about after before'.split(
		' '
	)
);

const contentMemo = new Map<string, ReadonlySet<string>>();

/** Content words of a text (no stop words), for overlap measures. Memoised: read-only. */
export function contentWords(text: string): ReadonlySet<string> {
	let words = contentMemo.get(text);
	if (words === undefined) {
		if (contentMemo.size > 20000) contentMemo.clear();
		words = new Set(tokenize(text).filter((t) => !STOP.has(t) && t.length > 1));
		contentMemo.set(text, words);
	}
	return words;
}

/** Share of `a`'s content words found in `b` (0..1). */
export function overlapShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0) return 0;
	let n = 0;
	for (const w of a) if (b.has(w)) n++;
	return n / a.size;
}
