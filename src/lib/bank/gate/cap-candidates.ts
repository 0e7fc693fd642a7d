/**
 * Variety: an article's protagonist appears in most of its sentences, and "Who fills the blank? … Abe …"
 * twenty times is not a good bank. At most `perGroup` questions per document, form and answer ship
 * (the best scored); approved and curated questions are never capped.
 */
import type { Candidate } from '../candidate';
import { normalizeText } from '../clean/normalize-text';

export const PER_GROUP = 2;
export const PER_SENTENCE = 2;

/** Forms that ask the same thing of a sentence: a blank as cloze or as choice, "who said" or "whose position". */
function slotOf(form: string): string {
	if (form.startsWith('truefalse')) return 'truefalse';
	if (form.endsWith('-date')) return 'date';
	if (form.endsWith('-figure')) return 'figure';
	if (form.endsWith('-actor') || form === 'who-said' || form === 'whose-position') return 'actor';
	return form;
}

/** Which of a sentence's questions to keep first: the kinds a bank has fewest of (dates abound, positions are rare). */
function rarity(c: Candidate): number {
	if (c.form.startsWith('truefalse')) return 5;
	return ({ position: 0, event: 0, actor: 1, place: 2, poll: 2, number: 3, date: 4 } as Record<string, number>)[c.question.kind] ?? 3;
}

export function capCandidates(candidates: readonly Candidate[], approved: ReadonlySet<string>, perGroup = PER_GROUP) {
	const groups = new Map<string, Candidate[]>();
	for (const c of candidates) {
		const key = `${c.question.sources[0].doc}|${c.form}|${c.form.startsWith('truefalse') ? normalizeText(c.fact) : normalizeText(c.question.answer)}`;
		const list = groups.get(key) ?? [];
		list.push(c);
		groups.set(key, list);
	}
	const dropped = new Map<Candidate, string>();
	// One question of each form per sentence (two true/false statements on a sentence are often the very same
	// statement; three blanks in one sentence are one question asked three times), and one true/false overall.
	const statements = new Map<string, Candidate[]>();
	for (const c of candidates) {
		// Two different dates or figures of one sentence are two facts ("tested by the United States in November
		// 1952 and the Soviet Union in August 1953"): each may be asked once.
		const slot = slotOf(c.form);
		const key = `${c.question.sources[0].doc}|${c.anchor}|${slot}${slot === 'date' || slot === 'figure' ? `|${normalizeText(c.question.answer)}` : ''}`;
		statements.set(key, [...(statements.get(key) ?? []), c]);
	}
	for (const list of statements.values()) {
		// Best score first; on a tie a choice question (it tests more than recall of the exact words).
		const ranked = list
			.filter((c) => !approved.has(c.question.id))
			.sort((a, b) => b.score - a.score || Number(b.question.type === 'choice') - Number(a.question.type === 'choice'));
		for (const c of ranked.slice(1)) dropped.set(c, `another ${slotOf(c.form)} question on the same sentence ships (${ranked[0].question.id || ranked[0].form})`);
	}
	// At most two questions on one sentence, of different slots (the best scored): a third asks the same
	// sentence again, and a learner meets it three times in one quiz.
	const bySentence = new Map<string, Candidate[]>();
	for (const c of candidates)
		if (!dropped.has(c) && !approved.has(c.question.id) && c.question.type !== 'order') {
			const key = `${c.question.sources[0].doc}|${c.anchor}`;
			bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
		}
	for (const list of bySentence.values())
		for (const c of [...list].sort((a, b) => rarity(a) - rarity(b) || b.score - a.score).slice(PER_SENTENCE))
			dropped.set(c, `more than ${PER_SENTENCE} questions on the same sentence`);
	for (const list of groups.values()) {
		const ranked = list
			.filter((c) => !approved.has(c.question.id))
			.map((c, i) => ({ c, i }))
			.sort((a, b) => b.c.score - a.c.score || a.i - b.i);
		for (const { c } of ranked.slice(perGroup))
			if (!dropped.has(c)) dropped.set(c, `more than ${perGroup} ${c.form} questions on "${c.form.startsWith('truefalse') ? c.fact : c.question.answer}" in this article`);
	}
	return { kept: candidates.filter((c) => !dropped.has(c)), dropped: [...dropped].map(([candidate, reason]) => ({ candidate, reason })) };
}
