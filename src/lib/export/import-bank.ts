/**
 * From a file read by import-text.ts to the banks of one's own it makes: every row whose source quote is found in a
 * document (a built-in article or one of the learner's own) becomes a question of an own bank on that document;
 * every other row is refused with its reason. An own bank holds one document of its own (see
 * $lib/storage/own-banks), so questions quoting one of the learner's documents join that document's bank, and
 * questions quoting a built-in article go into a bank of one's own on a copy of that article (the same text built
 * again would land in the same bank: its id is the text's hash). Pure: the page passes the documents in.
 */
import { BANK_FORMAT, documentLabel, tidyQuestion, type Bank, type BankDocument, type Question } from '../format/bank-format';
import { hashContent, hashText } from '../bank/hash-text';
import { isOwnId, ownDocumentId, ownQuestionId } from '../domain/own-bank';
import { normalizeText } from '../domain/normalize';
import { checkSources, type ParsedImport } from './import-text';

export interface ImportDocument {
	details: BankDocument;
	text: string;
	/** The learner's own bank on this document, when there is one (its questions stay; new ones join). */
	bank?: Bank;
}

export interface ImportGroup {
	/** The own bank to save: its earlier questions, then the imported ones. */
	bank: Bank;
	/** The document's text, saved with the bank. */
	text: string;
	/** How many questions this file adds to it. */
	added: number;
	/** True when the bank is new on this device. */
	isNew: boolean;
}

export interface ImportRefusal {
	line: number;
	prompt: string;
	message: string;
}

export interface ImportPlan {
	groups: ImportGroup[];
	accepted: number;
	refused: ImportRefusal[];
}

const sameQuestion = (q: Pick<Question, 'prompt' | 'answer'>) => `${normalizeText(q.prompt)}\u0000${normalizeText(q.answer)}`;


/** An own document for a built-in article's text: the same details, the own id of that text. */
function ownCopy(doc: BankDocument, text: string): BankDocument {
	const id = ownDocumentId(text);
	const copy: BankDocument = { id, file: `${id}.txt`, title: doc.title, author: doc.author, publisher: doc.publisher, date: doc.date };
	if (doc.dateBasis) copy.dateBasis = doc.dateBasis;
	return copy;
}

export function planImport(parsed: ParsedImport, documents: readonly ImportDocument[]): ImportPlan {
	const refused: ImportRefusal[] = parsed.problems.map((p) => ({ line: p.line, prompt: '', message: p.message }));
	const byId = new Map(documents.map((d) => [d.details.id, d]));
	const checked = checkSources(
		parsed.rows,
		documents.map((d) => ({ id: d.details.id, text: d.text })),
		() => ''
	);
	refused.push(...checked.rejected);
	const lines = new Map<Question, number>();
	// checkSources keeps the rows' order: the accepted questions are the rows not rejected, in order.
	const rejectedLines = new Set(checked.rejected.map((r) => r.line));
	const acceptedRows = parsed.rows.filter((r) => !rejectedLines.has(r.line));
	checked.accepted.forEach((q, i) => lines.set(q, acceptedRows[i]?.line ?? 0));

	const groups = new Map<string, { doc: BankDocument; text: string; earlier: Bank | undefined; questions: Question[]; seen: Set<string>; ids: Set<string> }>();
	for (const found of checked.accepted) {
		const source = found.sources[0];
		const from = byId.get(source.doc);
		if (!from) continue;
		const doc = isOwnId(from.details.id) ? from.details : ownCopy(from.details, from.text);
		let group = groups.get(doc.id);
		if (!group) {
			// A built-in article already copied into an own bank on this device: that bank.
			const earlier = from.bank ?? documents.find((d) => d.details.id === doc.id)?.bank;
			group = {
				doc: earlier?.documents[0] ?? doc,
				text: from.text,
				earlier,
				questions: [],
				seen: new Set(earlier?.questions.map(sameQuestion)),
				ids: new Set(earlier?.questions.map((q) => q.id))
			};
			groups.set(doc.id, group);
		}
		const line = lines.get(found) ?? 0;
		const key = sameQuestion(found);
		if (group.seen.has(key)) {
			refused.push({ line, prompt: found.prompt, message: `It is already in your bank “${group.doc.title ?? 'Untitled'}”.` });
			continue;
		}
		// An id from this very bank (a re-import of its own export) is kept, so its progress comes back.
		const keep = found.id.startsWith(`${doc.id}-`) && !group.ids.has(found.id);
		const id = keep ? found.id : ownQuestionId(doc.id, `i${hashText(key)}`);
		if (group.ids.has(id)) {
			refused.push({ line, prompt: found.prompt, message: `It is already in your bank “${group.doc.title ?? 'Untitled'}”.` });
			continue;
		}
		group.seen.add(key);
		group.ids.add(id);
		group.questions.push(tidyQuestion({ ...found, id, sources: [{ ...source, doc: doc.id }] }));
	}

	const out: ImportGroup[] = [];
	for (const g of groups.values()) {
		if (g.questions.length === 0) continue;
		const documents = [g.doc];
		const questions = [...(g.earlier?.questions ?? []), ...g.questions];
		out.push({
			bank: {
				format: BANK_FORMAT,
				id: g.doc.id,
				// An own bank is named by its document (a shared file with another title is refused as edited).
				title: g.earlier?.title ?? documentLabel(g.doc),
				version: hashContent(JSON.stringify({ documents, questions })),
				documents,
				questions
			},
			text: g.text,
			added: g.questions.length,
			isNew: !g.earlier
		});
	}
	refused.sort((a, b) => a.line - b.line);
	return { groups: out, accepted: out.reduce((n, g) => n + g.added, 0), refused };
}
