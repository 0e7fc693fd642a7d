/** Date questions from every dated sentence: fill the blank (typed), pick the date (choice), true or false. */
import type { Candidate } from '../candidate';
import type { AnalyzedSentence } from '../facts/analyze-document';
import type { DateMention } from '../facts/extract-dates';
import { formatDateLike, dateVariants, nearbyDates } from './format-date-like';
import { blankOut, tidySentence, makeCandidate, makeChoices, replaceSpan, shuffleBy, trueFalsePrompt, isNegated } from './make-candidate';
import { hashText } from '../hash-text';

/** Held every four years: "the 1960 presidential election", "the 2018 World Cup", "the 1964 Summer Olympics". */
const CYCLE_AFTER = /^\s+(?:U\.S\.\s+|US\s+|American\s+)?(?:presidential\s+(?:election|race|campaign)|(?:Summer\s+|Winter\s+)?Olympic|(?:FIFA\s+)?World\s+Cup|midterm)/;

function distractorsFor(d: DateMention, sentence: AnalyzedSentence): string[] {
	// A date after the article's own would be false by the calendar alone ("since February 2019" in January 2019).
	const limit = sentence.docDate;
	const past = d.value <= limit.slice(0, d.value.length);
	const taken = new Set([d.surface, ...sentence.dates.map((x) => x.surface)]);
	// "in late _____ or 1958": another date the sentence gives fixes which side of it the answer lies, and a
	// distractor on the other side is ruled out by the prompt itself.
	const others = sentence.dates.filter((x) => x !== d && x.precision !== 'decade').map((x) => x.value.slice(0, 4));
	const side = (y: string, o: string) => Math.sign(Number(y) - Number(o));
	const out: string[] = [];
	const cycle = d.precision === 'year' && CYCLE_AFTER.test(sentence.text.slice(d.end, d.end + 40)) ? 4 : 1;
	// "the early 1900s", "the mid-1800s": a century.
	const century = /\b(?:early|mid|late)[-\s]+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, d.start - 12), d.start));
	const docYear = Number(limit.slice(0, 4));
	for (const v of nearbyDates(d, cycle, century)) {
		// No decade after the article's own ("the 2020s" in a 2019 article).
		if (d.precision === 'decade' && Number(v.slice(0, 4)) > docYear) continue;
		if (past && d.precision !== 'decade' && v > limit.slice(0, v.length)) continue;
		if (others.some((o) => side(v.slice(0, 4), o) !== side(d.value.slice(0, 4), o))) continue;
		const s = formatDateLike(v, d);
		if (!taken.has(s)) {
			taken.add(s);
			out.push(s);
		}
	}
	return out;
}

const TRIVIAL_DATE_BEFORE = /\b(?:published|printed|conducted|carried out)\s+(?:on|in)\s+(?:(?:early|late|mid-?)\s*)?$/i;
const TRIVIAL_DATE_AFTER = /^\s+(?:study|survey|poll|report|paper|book|article|census|edition|analysis|review)\b/i;

/** "By 1904", "since March 2012", "until late 1956": a bound, not a point in time. */
const BOUND_BEFORE = /\b(?:[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|as early as|as late as|no later than)\s+(?:(?:early|late|mid-?|the end of|[A-Z][a-z]{2,8}\.?|\d{1,2},?)\s+){0,2}$/;

function describe(d: DateMention): string {
	return d.precision === 'decade' ? 'decade' : d.precision === 'year' ? 'year' : 'date';
}

export function generateDateQuestions(sentences: readonly AnalyzedSentence[]): Candidate[] {
	const out: Candidate[] = [];
	// The last year each document named before the sentence at hand: "In March" after "in 1933" is March 1933.
	const lastYear = new Map<string, string>();
	for (const s of sentences) {
		// (A sentence with a year of its own is never asked by a yearless date, so reading it first changes nothing.)
		for (const m of s.text.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)) lastYear.set(s.doc, m[1]);
		for (const d of s.dates) {
			// "Brace (1990)", "Adachi et al. 2004": the year of a cited study is a reference, not a fact of the story.
			if (/\(\s*$/.test(s.text.slice(0, d.start)) && /^\s*[)a-z;,]/.test(s.text.slice(d.end)) || /et al\.?,?\s*\(?$/.test(s.text.slice(0, d.start))) continue;
			// "(Turner, 1990)", "(Brace and Hunt 1990; …)": an author–year citation.
			if (/\(\s*\p{Lu}[\p{L}’'-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]+)?,?\s*$/u.test(s.text.slice(Math.max(0, d.start - 50), d.start)) && /^\s*[);,]/.test(s.text.slice(d.end))) continue;
			// "In March, …" with no year in the sentence, in a year other than the article's own (which the prompt's
			// attribution shows): which March is left to the sentences before.
			if ((d.precision === 'month' || d.precision === 'day') && !/\d{4}/.test(d.surface) && !/\b\d{4}\b/.test(s.text) && (d.value.slice(0, 4) !== s.docDate.slice(0, 4) || (lastYear.get(s.doc) ?? s.docDate.slice(0, 4)) !== s.docDate.slice(0, 4))) continue;
			// "the post-2008 downturn", "1990-era": a date inside a compound leaves a blank that reads as a typo.
			if (/\p{L}-$/u.test(s.text.slice(0, d.start)) || /^-\p{L}/u.test(s.text.slice(d.end))) continue;
			// "eruptions in 1884, 1904, 1906 …": one year of a list is a guess among its neighbours.
			if (/^,\s*(?:and\s+)?\d{4}\b/.test(s.text.slice(d.end)) || /\b\d{4},\s*(?:and\s+)?$/.test(s.text.slice(0, d.start))) continue;
			// "a 2016 study", "a poll conducted in March", "published in 1942": when a source appeared is not the story.
			if (TRIVIAL_DATE_BEFORE.test(s.text.slice(Math.max(0, d.start - 40), d.start)) || TRIVIAL_DATE_AFTER.test(s.text.slice(d.end, d.end + 30))) continue;
			const base = { kind: 'date' as const, answer: d.surface, fact: d.surface, sentence: s };
			const date = d.precision === 'decade' ? undefined : d.value;
			const blanked = tidySentence(blankOut(s.text, d.start, d.end));
			out.push(
				makeCandidate({ ...base, type: 'cloze', form: 'cloze-date', prompt: `According to ${s.attribution}: ${blanked}`, accept: dateVariants(d), date })
			);
			// "did not … until 1956": any other date would make the sentence true as well.
			const distractors = isNegated(s.text) ? [] : shuffleBy(distractorsFor(d, s).slice(0, 5), s.text + d.surface, (x) => x).slice(0, 3);
			if (distractors.length === 3)
				out.push(
					makeCandidate({
						...base,
						type: 'choice',
						form: 'choice-date',
						prompt: `Which ${describe(d)} fills the blank, according to ${s.attribution}? ${blanked}`,
						choices: makeChoices(d.surface, distractors, s.text),
						date
					})
				);
			// True or false: half the statements altered (by hash, so rebuilds agree). Moving one end of a range
			// ("from 2016 to 2019") or a decade makes a nitpick, not a false statement: those stay true.
			// "By 1904 …", "since 2012", "until 1956": another year often leaves the statement true.
			const inRange = /\b(?:from|between)\s+(?:\S+\s+){0,2}$/.test(s.text.slice(Math.max(0, d.start - 30), d.start)) || BOUND_BEFORE.test(s.text.slice(Math.max(0, d.start - 30), d.start)) || /^\s*(?:to|until|and|[–-])\s*(?:\S+\s+)?\d{4}/.test(s.text.slice(d.end)) || /\d{4}\s*(?:to|until|[–-])\s*$/.test(s.text.slice(0, d.start));
			const altered = !inRange && d.precision !== 'decade' && distractors.length > 0 && parseInt(hashText(s.text + d.surface).slice(0, 4), 36) % 2 === 0;
			const statement = altered ? replaceSpan(s.text, d.start, d.end, distractors[0]) : s.text;
			out.push(
				makeCandidate({
					...base,
					type: 'truefalse',
					form: 'truefalse-date',
					prompt: trueFalsePrompt(statement, s.attribution, s.lowercaseWords),
					answer: altered ? 'False' : 'True',
					explanation: altered ? `The article gives ${d.surface}, not ${distractors[0]}.` : `The article gives ${d.surface}.`
				})
			);
		}
	}
	return out;
}
