/**
 * A learner's own bank: what the in-app builder made from one of their documents, cut to the questions they
 * accepted and given ids that can never meet a built-in one. Built-in ids start with "g-" or "c-" and built-in
 * documents are named after their files; every own id starts with "u-", so progress, flags and the reader can tell
 * them apart, and the same text built again gets the same ids (its progress comes back).
 */
import type { Bank, BankDocument, Question } from '../format/bank-format';
import { hashContent, hashText } from '../bank/hash-text';

export const OWN_PREFIX = 'u-';

export function isOwnId(id: string): boolean {
	return id.startsWith(OWN_PREFIX);
}

/** The document's id: a hash of its text (the title may be edited later; the text is what the questions quote). */
export function ownDocumentId(text: string): string {
	return `${OWN_PREFIX}${hashText(text.replace(/\r\n?/g, '\n').trim())}`;
}

/** A question id in an own bank: the document id, then the builder's own (stable) id. */
export function ownQuestionId(docId: string, builtId: string): string {
	return `${docId}-${builtId}`;
}

/**
 * The bank to save: only the accepted questions (in the builder's order), ids prefixed, the document's details as
 * confirmed, and a version over what the learner will see (so progress is reconciled when any of it changes).
 */
export function makeOwnBank(built: Bank, acceptedIds: Iterable<string>, doc: BankDocument): Bank {
	const docId = doc.id;
	const accepted = new Set(acceptedIds);
	const questions: Question[] = built.questions
		.filter((q) => accepted.has(q.id))
		.map((q) => ({ ...q, id: isOwnId(q.id) ? q.id : ownQuestionId(docId, q.id), sources: q.sources.map((s) => ({ ...s, doc: docId })) }));
	const documents = [doc];
	return {
		format: built.format,
		id: docId,
		title: doc.title ?? built.title,
		version: hashContent(JSON.stringify({ documents, questions })),
		documents,
		questions
	};
}
