/** Small helpers shared by the generators. */
import type { Question, QuestionKind, QuestionType, SourceRef } from './format';
import type { Candidate } from './candidate';
import type { AnalyzedSentence } from './analyze-document';
import { hashText } from './hash-text';

export const BLANK = '_____';

export function sourceOf(s: AnalyzedSentence): SourceRef {
	return { doc: s.doc, quote: s.text, start: s.start, end: s.end };
}

/** The sentence with [start, end) (relative to the sentence) replaced by the blank. */
export function blankOut(sentence: string, start: number, end: number): string {
	return sentence.slice(0, start) + BLANK + sentence.slice(end);
}

export function replaceSpan(sentence: string, start: number, end: number, by: string): string {
	return sentence.slice(0, start) + by + sentence.slice(end);
}

/** Deterministic pseudo-random pick order: sort by hash of key + item. */
export function shuffleBy<T>(items: readonly T[], key: string, label: (t: T) => string): T[] {
	return items
		.map((item) => ({ item, h: hashText(key + '|' + label(item)) }))
		.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0))
		.map((x) => x.item);
}

/** Choices: the answer and distractors in a deterministic shuffled order. */
export function makeChoices(answer: string, distractors: readonly string[], key: string): string[] {
	return shuffleBy([answer, ...distractors], key, (s) => s);
}

export interface CandidateSpec {
	type: QuestionType;
	kind: QuestionKind;
	prompt: string;
	answer: string;
	form: string;
	fact: string;
	sentence: AnalyzedSentence;
	accept?: string[];
	choices?: string[];
	date?: string;
	number?: Question['number'];
	explanation?: string;
	aliases?: string[];
	derived?: Candidate['derived'];
}

export function makeCandidate(spec: CandidateSpec): Candidate {
	const q: Question = {
		id: '',
		type: spec.type,
		kind: spec.kind,
		prompt: spec.prompt,
		answer: spec.answer,
		sources: [sourceOf(spec.sentence)],
		origin: 'generated'
	};
	const accept = (spec.accept ?? []).filter((a) => a !== spec.answer);
	if (accept.length) q.accept = [...new Set(accept)];
	if (spec.choices) q.choices = spec.choices;
	if (spec.date) q.date = spec.date;
	if (spec.number) q.number = spec.number;
	if (spec.explanation) q.explanation = spec.explanation;
	return {
		question: q,
		form: spec.form,
		anchor: spec.sentence.text,
		fact: spec.fact,
		aliases: spec.aliases ?? [],
		derived: spec.derived,
		score: 1,
		notes: []
	};
}

/** "According to the article" wording for true/false statements: the claim stays attributed. */
export function trueFalsePrompt(statement: string): string {
	return `True or false, according to the article: ${statement}`;
}
