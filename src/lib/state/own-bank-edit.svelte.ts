// Editing an own bank later: its document's details and its questions, on the same review screen as after a build.
// Saving keeps every question's id unless its answer changed (domain/review.ts), so the learner's progress on the
// others stays; questions rejected here leave the bank (their progress stays stored, as after a delete that keeps it).
import type { Bank, BankDocument } from '$lib/format/bank-format';
import { makeOwnBank } from '$lib/domain/own-bank';
import { getOwnRecord, saveOwnBank } from '$lib/storage/own-banks';
import { StorageError } from '$lib/storage/errors';
import { ReviewState } from './review.svelte';
import { reportProblem } from './problems';

export interface EditableDetails {
	title: string;
	author: string;
	publisher: string;
	date: string;
	dateBasis: string;
}

export class OwnBankEditState {
	loaded = $state(false);
	/** The bank is not on this device (deleted, or a wrong link). */
	missing = $state(false);
	error = $state('');
	saving = $state(false);
	saved = $state.raw<Bank | null>(null);
	bank = $state.raw<Bank | null>(null);
	details = $state<EditableDetails>({ title: '', author: '', publisher: '', date: '', dateBasis: '' });
	review = $state.raw<ReviewState | null>(null);
	#origin = '';

	async load(id: string): Promise<void> {
		try {
			const found = id ? await getOwnRecord(id) : undefined;
			if (!found) {
				this.missing = true;
				return;
			}
			const { record, text } = found;
			const doc = record.bank.documents[0];
			this.bank = record.bank;
			this.#origin = record.origin;
			this.details = { title: doc.title ?? '', author: doc.author ?? '', publisher: doc.publisher ?? '', date: doc.date, dateBasis: doc.dateBasis ?? '' };
			this.review = new ReviewState({ docId: record.id, text, questions: record.bank.questions, accepted: true });
		} catch (e) {
			this.error = reportProblem(e);
		} finally {
			this.loaded = true;
		}
	}

	detailsProblem(): string | null {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(this.details.date);
		const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
		if (!m || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo))
			return 'The date is not a real day: write it as year-month-day, e.g. 2024-03-15.';
		return null;
	}

	async save(): Promise<boolean> {
		const bank = this.bank;
		const review = this.review;
		if (!bank || !review || this.saving) return false;
		const problem = this.detailsProblem();
		if (problem) {
			this.error = problem;
			return false;
		}
		const accepted = review.accepted;
		if (accepted.length === 0) {
			this.error = 'Keep at least one question: a bank with none cannot be studied. To remove the bank, delete it from the home page.';
			return false;
		}
		this.error = '';
		this.saving = true;
		try {
			const d = this.details;
			const before = bank.documents[0];
			const doc: BankDocument = {
				...before,
				title: d.title.trim() || null,
				author: d.author.trim() || null,
				publisher: d.publisher.trim() || null,
				date: d.date,
				...(d.dateBasis.trim() ? { dateBasis: d.dateBasis.trim() } : {})
			};
			if (!d.dateBasis.trim()) delete doc.dateBasis;
			const next = makeOwnBank({ ...bank, questions: accepted }, accepted.map((q) => q.id), doc);
			await saveOwnBank(next, review.text, { origin: this.#origin, now: Date.now() });
			this.saved = next;
			return true;
		} catch (e) {
			this.error = e instanceof StorageError ? e.message : `The bank could not be saved: ${e instanceof Error ? e.message : String(e)}`;
			return false;
		} finally {
			this.saving = false;
		}
	}
}

function daysIn(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
