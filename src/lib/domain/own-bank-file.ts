/**
 * A learner's own bank as one file another device imports: the document's text, its details and the accepted
 * questions. Refused whole, with the reason, when damaged, from a newer Sourcedeck, or changed by hand: the
 * document id must be the hash of the text, every id must belong to it, every quote must sit at its offsets, and
 * the version must match the content (so an edited question or text is caught).
 */
import * as v from 'valibot';
import { BANK_FORMAT, documentLabel, type Bank } from '../format/bank-format';
import { hashContent } from '../bank/hash-text';
import { ownDocumentId } from './own-bank';

export const OWN_BANK_FILE = 'sourcedeck-own-bank';
export const OWN_BANK_FILE_FORMAT = 1;
/** As for a document added in the app (see the add page): ~50,000 words. */
const MAX_TEXT = 300_000;

export type OwnBankFileResult = { ok: true; bank: Bank; text: string } | { ok: false; message: string };

export function writeOwnBankFile(bank: Bank, text: string): string {
	return JSON.stringify({ app: OWN_BANK_FILE, format: OWN_BANK_FILE_FORMAT, text, bank });
}

function schema() {
	const str = v.string();
	const source = v.object({ doc: str, quote: v.pipe(str, v.minLength(1)), start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer()) });
	const question = v.object({
		id: str,
		type: v.picklist(['flashcard', 'choice', 'typed', 'truefalse', 'cloze', 'order']),
		kind: v.picklist(['date', 'actor', 'poll', 'number', 'position', 'place', 'event']),
		prompt: v.pipe(str, v.minLength(1)),
		answer: v.pipe(str, v.minLength(1)),
		accept: v.optional(v.array(str)),
		choices: v.optional(v.array(str)),
		items: v.optional(v.array(str)),
		date: v.optional(v.pipe(str, v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
		number: v.optional(v.object({ value: v.number(), tolerance: v.pipe(v.number(), v.minValue(0)), unit: v.optional(str) })),
		sources: v.pipe(v.array(source), v.minLength(1)),
		origin: v.picklist(['generated', 'curated']),
		explanation: v.optional(str)
	});
	const document = v.object({
		id: str,
		file: str,
		title: v.nullable(str),
		author: v.nullable(str),
		publisher: v.nullable(str),
		date: v.pipe(str, v.isoDate()),
		dateBasis: v.optional(str)
	});
	return v.object({
		app: v.literal(OWN_BANK_FILE),
		format: v.literal(OWN_BANK_FILE_FORMAT),
		text: v.pipe(str, v.minLength(1), v.maxLength(MAX_TEXT)),
		bank: v.object({
			format: v.literal(BANK_FORMAT),
			id: str,
			title: str,
			version: str,
			documents: v.pipe(v.array(document), v.length(1)),
			questions: v.pipe(v.array(question), v.minLength(1))
		})
	});
}

const refuse = (reason: string): OwnBankFileResult => ({ ok: false, message: `This bank file cannot be imported: ${reason}. Nothing was imported.` });

export function readOwnBankFile(raw: string): OwnBankFileResult {
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return refuse('it is damaged (not a complete Sourcedeck bank file)');
	}
	const head = data as { app?: unknown; format?: unknown } | null;
	if (!head || typeof head !== 'object' || head.app !== OWN_BANK_FILE) return refuse('it is not a Sourcedeck bank file');
	if (typeof head.format === 'number' && head.format > OWN_BANK_FILE_FORMAT)
		return refuse('it comes from a newer version of Sourcedeck. Update the app (reload it while online), then import it again');
	const parsed = v.safeParse(schema(), data);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		return refuse(`it is damaged (${v.getDotPath(issue) ?? 'the file'}: ${issue.message})`);
	}
	const { text, bank } = parsed.output as { text: string; bank: Bank };
	const doc = bank.documents[0];
	const id = ownDocumentId(text);
	if (doc.id !== id || bank.id !== id || doc.file !== `${id}.txt`) return refuse('its document does not match its text (the text was changed)');
	const ids = new Set<string>();
	for (const q of bank.questions) {
		if (!q.id.startsWith(`${id}-`) || ids.has(q.id)) return refuse(`the question id “${q.id}” does not belong to this document`);
		ids.add(q.id);
		for (const s of q.sources) {
			if (s.doc !== id || text.slice(s.start, s.end) !== s.quote) return refuse(`a question quotes a sentence that is not in the document (“${q.prompt.slice(0, 60)}”)`);
		}
		if (q.choices && q.choices.filter((c) => c === q.answer).length !== 1) return refuse(`a question’s choices do not hold its answer once (“${q.prompt.slice(0, 60)}”)`);
	}
	if (hashContent(JSON.stringify({ documents: bank.documents, questions: bank.questions })) !== bank.version)
		return refuse('its questions or details were changed after it was exported');
	// The bank's title is its document's label (the builder names it so): a different one was edited by hand.
	if (bank.title !== documentLabel(doc)) return refuse('its title does not match its document (the file was edited)');
	return { ok: true, bank, text };
}
