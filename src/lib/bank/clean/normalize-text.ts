/** Text normalisation shared by the gates, dedupe and ids: case, quotes, dashes and spacing do not matter. */

const WORD = /[\p{L}\p{N}]+|%/gu;

/**
 * A text function remembered per text (the gates, generators and dedupe see the same sentences, names and roles
 * many times); the memory is emptied past 20,000 texts. Results are shared: callers must not change them.
 */
function memoized<T>(compute: (text: string) => T): (text: string) => T {
	const memo = new Map<string, T>();
	return (text) => {
		let value = memo.get(text);
		if (value === undefined) {
			if (memo.size > 20000) memo.clear();
			value = compute(text);
			memo.set(text, value);
		}
		return value;
	};
}

/** Lower-case word tokens; punctuation, quotes and dashes are separators ("Abe’s" → abe, s; "14%" → 14, %). */
export const tokenize: (text: string) => readonly string[] = memoized((text) => text.normalize('NFKC').toLowerCase().match(WORD) ?? []);

/** The text as its tokens joined by single spaces. */
export const normalizeText: (text: string) => string = memoized((text) => tokenize(text).join(' '));

/** The normalised text between spaces, remembered: containsWords runs hundreds of thousands of times on a few texts. */
const padded: (text: string) => string = memoized((text) => {
	const n = normalizeText(text);
	return n ? ` ${n} ` : '';
});

/** True when `needle` occurs in `haystack` as whole words after normalisation. */
export function containsWords(haystack: string, needle: string): boolean {
	const n = padded(needle);
	if (!n) return false;
	return padded(haystack).includes(n);
}

const STOP = new Set(
	'a an the of in on at to for and or but by with from as that this these those is are was were be been has have had it its their his her he she they which who whom would will could should may might must not no than then there so into over under about after before'.split(
		' '
	)
);

/** Content words of a text (no stop words), for overlap measures. */
export const contentWords: (text: string) => ReadonlySet<string> = memoized((text) => new Set(tokenize(text).filter((t) => !STOP.has(t) && t.length > 1)));

/** Share of `a`'s content words found in `b` (0..1). */
export function overlapShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (a.size === 0) return 0;
	let n = 0;
	for (const w of a) if (b.has(w)) n++;
	return n / a.size;
}
