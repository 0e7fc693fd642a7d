/**
 * One document in, its bank out: what the app runs (in a Web Worker) when a learner adds an article of their
 * own. The same pipeline as `npm run bank`, with no curated layer, no review and no actors list; everything
 * comes from the text. Bad input never throws past here: an empty, binary or unreadable document gets a
 * message in plain words, and a document with nothing to ask gets an empty bank and the reasons.
 */
import type { Bank, BankFacts } from '../format/bank-format';
import type { Rejection } from './candidate';
import { buildBanks } from './build-banks';
import { BuildError } from './errors';

/** Each question's ranking score (0–1, see gate/score-candidate.ts) and the notes that lowered it, by question id. */
export type QuestionScores = Record<string, { score: number; notes: string[] }>;

export interface DocumentInput {
	/** Becomes the document id and file name ("<id>.txt"): lower-case letters, digits and dashes. */
	id: string;
	text: string;
	title: string | null;
	author: string | null;
	publisher: string | null;
	/** YYYY-MM-DD: partial dates in the text ("Nov. 14") are read against it. */
	date: string;
	dateBasis?: string;
}

export type DocumentBuild =
	| { ok: true; bank: Bank; facts: BankFacts; rejected: Rejection[]; report: string; words: number; scores: QuestionScores }
	| { ok: false; message: string };

/** Plain-words messages for what can be wrong with a document the learner brings. */
const MESSAGES: Record<string, string> = {
	'document-empty': 'The document is empty: paste or open a text with some sentences in it.',
	'document-binary': 'This file is not text (it holds binary data). Open a .txt, .html or .pdf with a text layer, or paste the text.',
	'document-not-utf8': 'This file is not readable text (not UTF-8). Save it as UTF-8 text, or paste the text.',
	'manifest-entry-invalid': 'The document’s details are not valid: check that the date is a real date (YYYY-MM-DD).'
};

export function documentId(title: string | null, fallback = 'my-document'): string {
	const slug = (title ?? '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return slug || fallback;
}

export function buildDocumentBank(doc: DocumentInput): DocumentBuild {
	const file = `${doc.id}.txt`;
	const manifest = {
		documents: [{ file, title: doc.title, author: doc.author, publisher: doc.publisher, date: doc.date, ...(doc.dateBasis ? { date_basis: doc.dateBasis } : {}) }]
	};
	try {
		const result = buildBanks({
			sourcesDir: 'your document',
			manifest: { path: 'document details', text: JSON.stringify(manifest) },
			files: new Map([[file, new TextEncoder().encode(doc.text)]]),
			actors: null,
			curated: [],
			review: null,
			registry: { path: 'ids.json', text: null },
			corpusTitle: doc.title ?? doc.id
		});
		const bank = JSON.parse(result.files.find((f) => f.path === `${doc.id}.json`)!.text) as Bank;
		const facts = JSON.parse(result.files.find((f) => f.path === `${doc.id}.facts.json`)!.text) as BankFacts;
		return { ok: true, bank, facts, rejected: result.rejected, report: result.report, scores: result.scores, words: doc.text.split(/\s+/).filter(Boolean).length };
	} catch (e) {
		if (e instanceof BuildError) return { ok: false, message: MESSAGES[e.key] ?? `The document could not be read: ${e.message}` };
		throw e;
	}
}
