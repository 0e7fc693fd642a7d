// The import page's state: a file of questions (a bank's CSV or text export, an Anki text export with a source
// column) read, checked against every document on this device, and saved as banks of one's own only when asked.
// Storage only through $lib/storage; nothing is written before Save.
import type { ImportDocument, ImportPlan } from '$lib/export/import-bank';
import { loadCorpus } from '$lib/state/banks';
import { loadDocumentText } from '$lib/state/source-text';
import { getOwnBank, getOwnBankOrigin, getOwnText, listOwnBanks, saveOwnBank } from '$lib/storage/own-banks';
import { StorageError } from '$lib/storage/errors';
import { checkFileSize, decodeText } from '../add/read-file';
import { plural } from '$lib/domain/allowance';

export type ImportStep = 'choose' | 'report' | 'saved';


/** The built-in articles and the learner's own documents, with their text. */
async function loadDocuments(): Promise<ImportDocument[]> {
	const [corpus, own] = await Promise.all([loadCorpus(), listOwnBanks()]);
	const builtIn = await Promise.all(corpus.documents.map(async (details) => ({ details, text: await loadDocumentText(details.file) })));
	const mine = await Promise.all(
		own.map(async (o) => {
			const [bank, text] = await Promise.all([getOwnBank(o.id), getOwnText(o.id)]);
			return bank && text !== undefined ? [{ details: bank.documents[0], text, bank }] : [];
		})
	);
	return [...builtIn, ...mine.flat()];
}

export class ImportState {
	step = $state<ImportStep>('choose');
	reading = $state(false);
	saving = $state(false);
	error = $state('');
	fileName = $state('');
	plan = $state.raw<ImportPlan | null>(null);
	/** Said after a save. */
	savedText = $state('');

	async open(file: File | undefined): Promise<void> {
		if (!file || this.reading) return;
		this.error = '';
		this.plan = null;
		const tooBig = checkFileSize(file.size);
		if (tooBig) {
			this.error = tooBig.replace('open a file with some text in it, or paste the text', 'choose a file of questions');
			return;
		}
		this.reading = true;
		try {
			const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
			if (!decoded.ok) {
				this.error = `${decoded.message.replace(/ Open a .*$/, '')} Choose a .txt, .tsv or .csv file of questions. Nothing was imported.`;
				return;
			}
			// The reader and the checks load only when a file is chosen.
			const [{ parseImport, ImportError }, { planImport }] = await Promise.all([import('$lib/export/import-text'), import('$lib/export/import-bank')]);
			let parsed;
			try {
				parsed = parseImport(decoded.text);
			} catch (e) {
				if (e instanceof ImportError) {
					this.error = `${e.message} Nothing was imported.`;
					return;
				}
				throw e;
			}
			this.plan = planImport(parsed, await loadDocuments());
			this.fileName = file.name;
			this.step = 'report';
		} catch (e) {
			this.error = e instanceof Error ? e.message : 'The file could not be read. Try choosing it again.';
		} finally {
			this.reading = false;
		}
	}

	/** Saves every planned bank; nothing when no row was accepted. */
	async save(): Promise<void> {
		const plan = this.plan;
		if (!plan || this.saving) return;
		if (plan.accepted === 0) {
			this.error = 'No question of this file can be imported, so nothing was saved.';
			return;
		}
		this.error = '';
		this.saving = true;
		try {
			const now = Date.now();
			for (const group of plan.groups) {
				const origin = (group.isNew ? undefined : await getOwnBankOrigin(group.bank.id)) ?? `imported from ${this.fileName}`;
				await saveOwnBank(group.bank, group.text, { origin, now });
			}
			this.savedText = `Saved ${plural(plan.accepted, 'question')} in ${plan.groups.map((g) => `“${g.bank.title}”`).join(', ')}.`;
			this.step = 'saved';
		} catch (e) {
			this.error = e instanceof StorageError ? e.message : e instanceof Error ? e.message : String(e);
		} finally {
			this.saving = false;
		}
	}

	cancel(): void {
		this.plan = null;
		this.error = '';
		this.fileName = '';
		this.step = 'choose';
	}
}
