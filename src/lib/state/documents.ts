// How an article is credited wherever a source is shown: title, author or publisher, date.
import type { BankDocument } from '$lib/format/bank-format';
import { documentLabel } from '$lib/format/bank-format';

export function creditLine(doc: BankDocument): string {
	const by = [doc.author, doc.publisher].filter(Boolean).join(', ');
	return [by, articleDate(doc)].filter(Boolean).join(' · ');
}

/** The article's date at the precision known: "28 Nov 2018" when stated, "Nov 2018" when only inferred. */
export function articleDate(doc: BankDocument): string {
	if (!doc.dateBasis?.startsWith('inferred')) return formatDay(doc.date);
	const m = /^(\d{4})-(\d{2})/.exec(doc.date);
	return m ? `${months[Number(m[2]) - 1]} ${m[1]}` : doc.date;
}

/** An article's name as shown: its title, or what the bank format calls an untitled one. */
export const articleTitle = documentLabel;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2018-11-28" → "28 Nov 2018" (no locale tables needed, same on every device). */
export function formatDay(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return iso;
	return `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}`;
}
