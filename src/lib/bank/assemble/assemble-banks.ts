/**
 * The output files: one bank for the corpus, one per article (a question belongs to the bank of its
 * sources[0].doc), and the index. Deterministic: fixed order, no timestamps; `version` is a content hash.
 */
import type { Bank, BankDocument, BankFacts, BankIndex, Question } from '../../format/bank-format';
import { BANK_FORMAT, documentLabel, tidyQuestion } from '../../format/bank-format';
import { hashContent } from '../hash-text';

export interface OutputFile {
	/** Path relative to the output folder. */
	path: string;
	text: string;
}


function tidyDocument(d: BankDocument): BankDocument {
	const out: BankDocument = { id: d.id, file: d.file, title: d.title, author: d.author, publisher: d.publisher, date: d.date };
	if (d.dateBasis) out.dateBasis = d.dateBasis;
	return out;
}

function makeBank(id: string, title: string, documents: BankDocument[], questions: Question[]): Bank {
	const body = { documents: documents.map(tidyDocument), questions: questions.map(tidyQuestion) };
	return { format: BANK_FORMAT, id, title, version: hashContent(JSON.stringify(body)), ...body };
}

/** Questions in document order, then by position of their quote, then by id. */
export function sortQuestions(questions: readonly Question[], docOrder: readonly string[]): Question[] {
	const rank = new Map(docOrder.map((d, i) => [d, i]));
	return [...questions].sort(
		(a, b) =>
			(rank.get(a.sources[0].doc) ?? 0) - (rank.get(b.sources[0].doc) ?? 0) ||
			a.sources[0].start - b.sources[0].start ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * `facts`, when given, makes each bank's <id>.facts.json (what the timeline, who's who and positions views show)
 * and names it in the index.
 */
export function assembleBanks(
	documents: readonly BankDocument[],
	questions: readonly Question[],
	corpusTitle: string,
	facts?: (bank: Bank) => BankFacts
): OutputFile[] {
	const sorted = sortQuestions(questions, documents.map((d) => d.id));
	const banks: Bank[] = [makeBank('corpus', corpusTitle, [...documents], sorted)];
	// Questions and documents indexed by document id once: a corpus of thousands of documents is not scanned
	// once per document (the same lists, in the same order, as filtering would give).
	const ownBy = new Map<string, Question[]>();
	for (const q of sorted) {
		const list = ownBy.get(q.sources[0].doc);
		if (list) list.push(q);
		else ownBy.set(q.sources[0].doc, [q]);
	}
	const at = new Map<string, number[]>();
	documents.forEach((d, i) => {
		const list = at.get(d.id);
		if (list) list.push(i);
		else at.set(d.id, [i]);
	});
	for (const doc of documents) {
		const own = ownBy.get(doc.id) ?? [];
		const ids = new Set([doc.id, ...own.flatMap((q) => q.sources.map((s) => s.doc))]);
		const shown = [...ids]
			.flatMap((id) => at.get(id) ?? [])
			.sort((a, b) => a - b)
			.map((i) => documents[i]);
		banks.push(makeBank(doc.id, documentLabel(doc), shown, [...own]));
	}
	const index: BankIndex = {
		format: BANK_FORMAT,
		banks: banks.map((b) => ({
			id: b.id,
			title: b.title,
			version: b.version,
			file: `${b.id}.json`,
			questionCount: b.questions.length,
			documents: b.id === 'corpus' ? b.documents.map((d) => d.id) : [b.id],
			...(facts ? { facts: `${b.id}.facts.json` } : {})
		})),
		documents: documents.map(tidyDocument)
	};
	return [
		{ path: 'index.json', text: JSON.stringify(index, null, '\t') + '\n' },
		...banks.map((b) => ({ path: `${b.id}.json`, text: JSON.stringify(b) + '\n' })),
		...(facts ? banks.map((b) => ({ path: `${b.id}.facts.json`, text: JSON.stringify(facts(b)) + '\n' })) : [])
	];
}
