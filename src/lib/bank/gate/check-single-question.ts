/**
 * The single-question gates, for a question a learner edits or writes on the review screen: the builder's own
 * gates (checkQuestion: shape, quote verbatim at its offsets, answer in the quote, answer not in the prompt,
 * give-away, pronouns, distinct choices, distractors not true elsewhere in the document) run on one question
 * against its one document, and the failure is told in the learner's words, next to the field it concerns.
 * Pure: no storage, no DOM; the document's sentences come from the builder's rule splitter (no language model).
 */
import type { Question } from '../../format/bank-format';
import type { Candidate } from '../candidate';
import { contentWords, normalizeText } from '../clean/normalize-text';
import { segmentSentences, type Sentence } from '../clean/segment-sentences';
import { checkQuestion, makeGateContext, type GateContext, type GateKey } from './check-question';

/** The field of the review form a failure is shown beside. */
export type QuestionField = 'prompt' | 'answer' | 'choices' | 'sentence';

export interface QuestionProblem {
	gate: GateKey | 'statement-off-sentence';
	field: QuestionField;
	/** What is wrong and how to fix it, in plain words. */
	message: string;
	/** The builder's own wording (as in its report). */
	reason: string;
}

/** A document as the single-question gates see it: its id, text, and (computed once) its sentences. */
export interface GateDocument {
	id: string;
	text: string;
	sentences: readonly Sentence[];
	ctx: GateContext;
}

/** Paragraphs are runs of lines between blank lines; the rule splitter cuts each into sentences. */
export function splitDocument(text: string): Sentence[] {
	const ranges: { start: number; end: number }[] = [];
	const blank = /\n[ \t]*\n/g;
	let from = 0;
	for (let m = blank.exec(text); m; m = blank.exec(text)) {
		ranges.push({ start: from, end: m.index });
		from = m.index + m[0].length;
	}
	ranges.push({ start: from, end: text.length });
	// A single line break inside a paragraph (a title, a byline) also ends a sentence.
	const lines = ranges.flatMap((r) => {
		const out: { start: number; end: number }[] = [];
		let s = r.start;
		for (let i = r.start; i < r.end; i++)
			if (text[i] === '\n') {
				out.push({ start: s, end: i });
				s = i + 1;
			}
		out.push({ start: s, end: r.end });
		return out;
	});
	return segmentSentences(text, lines);
}

export function gateDocument(id: string, text: string): GateDocument {
	const sentences = splitDocument(text);
	const ctx = makeGateContext(
		new Map([[id, text]]),
		sentences.map((s) => ({ doc: id, text: s.text }))
	);
	return { id, text, sentences, ctx };
}

/** The sentence of the document holding offset `at` (or the nearest one after it), or null. */
export function sentenceAt(doc: Pick<GateDocument, 'sentences'>, at: number): Sentence | null {
	return doc.sentences.find((s) => at < s.end) ?? null;
}

/** A true/false statement is about its sentence: at least half its content words are words of the sentence. */
const STATEMENT_SHARE = 0.5;

function statementProblem(q: Question): QuestionProblem | null {
	const statement = q.prompt.replace(/^True or false\?\s*(According to [^,]*\),\s*)?/i, '');
	const words = [...contentWords(statement)];
	const quote = contentWords(q.sources.map((s) => s.quote).join(' '));
	const found = words.filter((w) => quote.has(w)).length;
	if (words.length > 0 && found / words.length >= STATEMENT_SHARE) return null;
	return {
		gate: 'statement-off-sentence',
		field: 'prompt',
		reason: `only ${found} of the statement's ${words.length} words are in the quote`,
		message: 'The statement is not about its sentence: use the sentence’s own words (at least half of them), true or changed.'
	};
}

function explain(gate: GateKey, reason: string, q: Question): QuestionProblem {
	const leak = /\("([^"]*)"\)/.exec(reason)?.[1];
	switch (gate) {
		case 'malformed':
			if (reason === 'empty prompt') return { gate, field: 'prompt', reason, message: 'The question is empty: write what to ask.' };
			if (reason === 'empty answer') return { gate, field: 'answer', reason, message: 'The answer is empty: write the answer, in the words of its sentence.' };
			if (reason === 'no source') return { gate, field: 'sentence', reason, message: 'Pick the sentence the question comes from.' };
			return { gate, field: 'answer', reason, message: 'A true/false answer is True or False.' };
		case 'quote-not-verbatim':
			return { gate, field: 'sentence', reason, message: 'The sentence is not in the document as it is now: pick it again from the article.' };
		case 'answer-not-in-quote':
			return { gate, field: 'answer', reason, message: `“${q.answer}” is not in the sentence: the answer must be words the sentence says.` };
		case 'answer-in-prompt':
			return { gate, field: 'prompt', reason, message: `The question gives its answer away: it contains “${leak ?? q.answer}”.` };
		case 'give-away':
			return { gate, field: 'prompt', reason, message: `The question gives its answer away: ${reason}.` };
		case 'unresolved-pronoun':
			return { gate, field: 'prompt', reason, message: `${reason.replace(/^"([^"]*)" in the prompt/, '“$1” in the question')}: write the name instead.` };
		case 'bad-cloze':
			return { gate, field: 'prompt', reason, message: 'A fill-in question needs exactly one blank, written _____.' };
		case 'bad-choices':
			if (reason === 'two choices are the same' && (q.choices ?? []).filter((c) => normalizeText(c) === normalizeText(q.answer)).length > 1)
				return { gate, field: 'choices', reason, message: 'A wrong choice is the same as the answer: change it.' };
			if (reason === 'two choices are the same') return { gate, field: 'choices', reason, message: 'Two choices are the same: each choice must differ.' };
			if (reason === 'fewer than 3 choices') return { gate, field: 'choices', reason, message: 'A choice question needs at least two wrong choices.' };
			if (/answer appears/.test(reason)) return { gate, field: 'choices', reason, message: 'A wrong choice is the same as the answer: change it.' };
			return { gate, field: 'choices', reason, message: reason };
		case 'distractor-true-elsewhere':
			return { gate, field: 'choices', reason, message: `A wrong choice would be right too: ${reason}.` };
		case 'bad-order':
			return { gate, field: 'choices', reason, message: reason };
		case 'ambiguous':
			return { gate, field: 'prompt', reason, message: `The question has two right answers: ${reason}. Say what tells them apart.` };
	}
}

/**
 * The first problem of `q` (a question of the document `doc`), or null when it passes every gate. A true/false
 * question has no answer words to find in its sentence: its statement must share most of the sentence's words.
 */
export function checkSingleQuestion(q: Question, doc: GateDocument): QuestionProblem | null {
	if (!q.prompt.trim()) return explain('malformed', 'empty prompt', q);
	if (q.type !== 'order' && !q.answer.trim()) return explain('malformed', 'empty answer', q);
	const tf = q.type === 'truefalse' ? statementProblem(q) : null;
	if (tf && q.sources.length > 0) return tf;
	const candidate: Candidate = {
		// An order question's item dates are the builder's own (not kept in the bank): its items are checked, not their dates.
		question: q.type === 'order' ? { ...q, origin: 'curated' } : q,
		form: 'edited',
		anchor: q.sources[0]?.quote ?? '',
		fact: q.type === 'truefalse' ? '' : q.answer,
		aliases: [],
		// A statement was checked against its sentence above; the builder's support gate wants its (unknown) fact.
		...(q.type === 'truefalse' ? { derived: 'reviewed' as const } : {}),
		score: 1,
		notes: []
	};
	const failure = checkQuestion(candidate, doc.ctx);
	return failure ? explain(failure.gate, failure.reason, q) : null;
}
