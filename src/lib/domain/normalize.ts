/** Text normalisation for lenient matching: case, diacritics, punctuation and whitespace do not count. */

/** "  Étorofu / Iturup! " → "etorofu iturup"; "The Habomai Islands" → "habomai islands"; "Putin’s" → "putins". */
export function normalizeText(text: string): string {
	const plain = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’‘`´]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	return plain.replace(/^(the|a|an) /, '');
}

/**
 * The accepted written forms of an answer: itself, its " / "-separated alternatives ("Etorofu / Iturup"; a bare
 * slash as in "Soviet/Russian" is part of one answer), and without a parenthesised part, or that part alone when it
 * reads as another name ("Etorofu (Iturup)" → "Etorofu", "Iturup"; "LDP" from "Liberal Democratic Party (LDP)").
 */
export function answerForms(answer: string): string[] {
	const forms = new Set<string>([answer]);
	for (const part of answer.split(/\s+\/\s+/)) forms.add(part);
	const paren = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(answer);
	if (paren) {
		forms.add(`${paren[1]} ${paren[3]}`);
		// "(in 2019)", "(the first time)": qualifiers, not names.
		if (!/\d/.test(paren[2]) && /^\p{Lu}/u.test(paren[2]) && paren[2].split(/\s+/).length <= 4) forms.add(paren[2]);
	}
	return [...forms].map((f) => f.trim()).filter((f) => f.length > 0);
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prevPrev: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
			row.push(d);
			rowMin = Math.min(rowMin, d);
		}
		if (rowMin > max) return max + 1;
		prevPrev = prev;
		prev = row;
	}
	return prev[b.length];
}
