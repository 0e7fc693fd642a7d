/** Text normalisation shared by the gates, dedupe and ids: case, quotes, dashes and spacing do not matter. */

const WORD = /[\p{L}\p{N}]+|%/gu;

/** Lower-case word tokens; punctuation, quotes and dashes are separators ("Abe’s" → abe, s; "14%" → 14, %). */
export function tokenize(text: string): string[] {
	return text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
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

/** Content words of a text (no stop words), for overlap measures. */
export function contentWords(text: string): Set<string> {
	return new Set(tokenize(text).filter((t) => !STOP.has(t) && t.length > 1));
}

/** Share of `a`'s content words found in `b` (0..1). */
export function overlapShare(a: Set<string>, b: Set<string>): number {
	if (a.size === 0) return 0;
	let n = 0;
	for (const w of a) if (b.has(w)) n++;
	return n / a.size;
}
