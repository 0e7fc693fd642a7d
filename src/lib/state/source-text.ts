// Document text served at /sources/<file> and the paragraph around a quote (for the source panel).
const texts = new Map<string, Promise<string>>();

export function loadDocumentText(file: string): Promise<string> {
	let promise = texts.get(file);
	if (!promise && file.startsWith('u-')) {
		// A document the learner added: its text is stored on this device with its bank.
		return import('$lib/storage/own-banks')
			.then((m) => m.getOwnText(file.replace(/\.txt$/, '')))
			.then((text) => {
				if (text === undefined) throw new Error('This document is no longer on this device (it may have been deleted).');
				return text;
			});
	}
	if (!promise) {
		promise = fetch(`/sources/${encodeURIComponent(file)}`).then((r) => {
			if (!r.ok) throw new Error(`The article ${file} could not be loaded (${r.status}).`);
			return r.text();
		});
		promise.catch(() => texts.delete(file));
		texts.set(file, promise);
	}
	return promise;
}

export interface QuoteInParagraph {
	before: string;
	quote: string;
	after: string;
}

/** The paragraph (blank-line delimited) holding text[start..end], split around the quote. */
export function findParagraph(text: string, start: number, end: number): QuoteInParagraph {
	if (start < 0 || end > text.length || start > end) return { before: '', quote: text.slice(0, 0), after: '' };
	const blank = /\n\s*\n/g;
	let from = 0;
	for (let m = blank.exec(text); m && m.index < start; m = blank.exec(text)) from = m.index + m[0].length;
	blank.lastIndex = end;
	const next = blank.exec(text);
	const to = next ? next.index : text.length;
	return {
		before: collapse(text.slice(from, start)),
		quote: text.slice(start, end),
		after: collapse(text.slice(end, to))
	};
}

function collapse(part: string): string {
	return part.replace(/\s*\n\s*/g, ' ');
}

/** Splits a document into paragraphs with their offsets, for the reader. */
export function splitParagraphs(text: string): { start: number; end: number; text: string }[] {
	const out: { start: number; end: number; text: string }[] = [];
	const blank = /\n\s*\n/g;
	let from = 0;
	const push = (to: number) => {
		const raw = text.slice(from, to);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (body) out.push({ start: from + lead, end: from + lead + body.length, text: body });
	};
	for (let m = blank.exec(text); m; m = blank.exec(text)) {
		push(m.index);
		from = m.index + m[0].length;
	}
	push(text.length);
	return out;
}
