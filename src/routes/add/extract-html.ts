// A saved web page's article as plain text (browser only: DOMParser). Mozilla's Readability — Firefox's reader
// view — finds the main text and drops menus, link boxes and footers; its blocks become paragraphs separated by
// blank lines, as the builder and the reader expect. Loaded only when a learner opens an .html file.
import { Readability } from '@mozilla/readability';

export interface ExtractedPage {
	text: string;
	title: string | null;
	byline: string | null;
	siteName: string | null;
	publishedTime: string | null;
	/** Share of the text that is link text: near 1 for a menu, an index or a list of links. */
	linkShare: number;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TR', 'TD', 'TH']);

/** Text of a block with its inline spacing collapsed; nested blocks become their own paragraphs. */
function paragraphs(root: Node): string[] {
	const out: string[] = [];
	let current = '';
	const flush = () => {
		const t = current.replace(/\s+/g, ' ').trim();
		if (t) out.push(t);
		current = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === Node.TEXT_NODE) {
			current += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== Node.ELEMENT_NODE) return;
		const el = node as Element;
		if (el.tagName === 'BR') current += '\n';
		const block = BLOCKS.has(el.tagName) || el.tagName === 'DIV' || el.tagName === 'SECTION';
		if (block) flush();
		for (const child of Array.from(el.childNodes)) walk(child);
		if (block) flush();
	};
	walk(root);
	flush();
	return out;
}

export function extractPage(html: string): ExtractedPage {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	const article = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: 200 }).parse();
	const root = article?.content ?? doc.body;
	const text = root ? paragraphs(root).join('\n\n') : '';
	const letters = (t: string | null) => (t ?? '').replace(/\s+/g, '').length;
	const all = root ? letters(root.textContent) : 0;
	const linked = root && root.nodeType === Node.ELEMENT_NODE ? Array.from((root as Element).querySelectorAll('a')).reduce((n, a) => n + letters(a.textContent), 0) : 0;
	return {
		text,
		linkShare: all ? linked / all : 0,
		title: article?.title?.trim() || doc.title.trim() || null,
		byline: article?.byline?.trim() || null,
		siteName: article?.siteName?.trim() || null,
		publishedTime: article?.publishedTime?.trim() || null
	};
}
