/**
 * Question ids, stable across rebuilds and rewordings: generated ids hash the document, type, normalised
 * answer and the fact's anchor (its normalised sentence and how it is asked), never the prompt; curated ids
 * hash the document and the hand-given slug.
 */
import type { Candidate } from '../candidate';
import { hashText } from '../hash-text';
import { normalizeText } from '../clean/normalize-text';

export function generatedId(doc: string, type: string, answer: string, form: string, anchor: string, fact: string): string {
	return `g-${hashText([doc, type, normalizeText(answer), form, normalizeText(anchor), normalizeText(fact)].join('|'))}`;
}

export function curatedId(doc: string, slug: string): string {
	return `c-${hashText(`${doc}|${slug}`)}`;
}

export function assignId(c: Candidate): Candidate {
	if (c.question.id) return c;
	const q = c.question;
	// A true/false answer says little; an order answer is the items' wording: the anchor (the sentences) says which.
	const id = generatedId(q.sources[0].doc, q.type, q.type === 'truefalse' || q.type === 'order' ? '' : q.answer, c.form, c.anchor, c.fact);
	return { ...c, question: { ...q, id } };
}
