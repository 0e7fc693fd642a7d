// How an article is credited wherever a source is shown: title, author or publisher, date.
import type { BankDocument } from '$lib/format/bank-format';
import { documentLabel } from '$lib/format/bank-format';

export function creditLine(doc: BankDocument): string {
	const by = [doc.author, doc.publisher].filter(Boolean).join(', ');
	return [by, formatDay(doc.date)].filter(Boolean).join(' · ');
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
