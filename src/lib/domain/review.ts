/**
 * Reviewing an own bank's questions: scores for "accept all scoring at least …", an edit of a question, and a
 * question the learner writes on a sentence of the document. Pure: the review state (state/review.svelte.ts) keeps
 * the decisions; the single-question gates (bank/gate/check-single-question.ts) judge the results.
 *
 * Ids, as in the built-in banks (bank/assemble/assign-ids.ts: an id hashes the document, the answer and the sentence,
 * never the prompt): an edit of the prompt or of the wrong choices keeps the question's id, so its progress stays;
 * an edit that changes the answer (after normalisation: case, spacing, punctuation do not count) makes another
 * question — what the learner memorised is no longer what it asks — and gets a new id (old id + new answer), so
 * old progress is not credited to it. A question the learner writes is named by its type, answer and sentence.
 */
import type { Question, QuestionType, SourceRef } from '../format/bank-format';
import { normalizeText } from '../bank/clean/normalize-text';
import { hashText } from '../bank/hash-text';
import { ownQuestionId } from './own-bank';

export interface ScoredQuestion {
	id: string;
}

/** A question's score (0–1), by id; a question without one (an edited or saved question) counts as 1. */
export type ScoreOf = (id: string) => number;

/**
 * The thresholds worth offering: each distinct score, best first, with how many questions score at least it.
 * Scores are the builder's ranking (gate/score-candidate.ts: 1 minus a cost per thing that makes a question hard
 * to read — a long sentence, a reference to an earlier sentence, few choices …); shipped ones are 0.6 or more.
 */
export function scoreSteps(questions: readonly ScoredQuestion[], scoreOf: ScoreOf): { min: number; count: number }[] {
	const scores = [...new Set(questions.map((q) => scoreOf(q.id)))].sort((a, b) => b - a);
	return scores.map((min) => ({ min, count: questions.filter((q) => scoreOf(q.id) >= min).length }));
}

/** Ids of the questions scoring at least `min`. */
export function idsScoringAtLeast(questions: readonly ScoredQuestion[], scoreOf: ScoreOf, min: number): string[] {
	return questions.filter((q) => scoreOf(q.id) >= min).map((q) => q.id);
}

/** What the learner can change in a question. */
export interface QuestionEdit {
	prompt: string;
	/** The answer (true/false: "True" or "False"). */
	answer: string;
	/** Choice questions: the wrong choices. */
	distractors: string[];
}

export function editOf(q: Question): QuestionEdit {
	return { prompt: q.prompt, answer: q.answer, distractors: (q.choices ?? []).filter((c) => c !== q.answer) };
}

export function sameAnswer(a: string, b: string): boolean {
	return normalizeText(a) === normalizeText(b);
}

/** The id a question gets when its answer changes: stable (the same edit gives the same id), never a built-in one. */
export function editedId(docId: string, oldId: string, answer: string): string {
	return ownQuestionId(docId, `e-${hashText(`${oldId}|${normalizeText(answer)}`)}`);
}

/**
 * The question after an edit. Fields are trimmed; a changed answer drops the builder's other accepted forms and
 * its structured date/number (they described the old answer) and takes a new id; choices keep their order, the
 * answer where it was.
 */
export function applyEdit(q: Question, edit: QuestionEdit, docId: string): Question {
	const prompt = edit.prompt.trim();
	const answer = edit.answer.trim();
	const changed = !sameAnswer(answer, q.answer);
	const next: Question = { ...q, prompt, answer };
	if (changed) {
		delete next.accept;
		delete next.date;
		delete next.number;
		next.id = editedId(docId, q.id, answer);
	}
	if (q.type === 'choice') {
		const distractors = edit.distractors.map((d) => d.trim());
		const at = Math.max(0, (q.choices ?? []).indexOf(q.answer));
		next.choices = [...distractors.slice(0, at), answer, ...distractors.slice(at)];
	}
	if (q.type === 'truefalse') next.choices = ['True', 'False'];
	return next;
}

/** The kinds of question a learner can write on a sentence. */
export type WrittenType = Extract<QuestionType, 'typed' | 'choice' | 'truefalse'>;

export interface WrittenQuestion {
	type: WrittenType;
	prompt: string;
	answer: string;
	distractors: string[];
}

/** A question the learner wrote on `sentence` (offsets into the document text). Its id: type, answer, sentence. */
export function writeQuestion(docId: string, sentence: { start: number; end: number; text: string }, w: WrittenQuestion): Question {
	const answer = w.answer.trim();
	const source: SourceRef = { doc: docId, quote: sentence.text, start: sentence.start, end: sentence.end };
	const id = ownQuestionId(docId, `w-${hashText(`${w.type}|${normalizeText(answer)}|${sentence.start}|${normalizeText(sentence.text)}`)}`);
	const q: Question = { id, type: w.type, kind: 'event', prompt: w.prompt.trim(), answer, sources: [source], origin: 'curated' };
	if (w.type === 'choice') q.choices = [answer, ...w.distractors.map((d) => d.trim())];
	if (w.type === 'truefalse') q.choices = ['True', 'False'];
	return q;
}
