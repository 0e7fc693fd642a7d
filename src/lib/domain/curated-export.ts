/**
 * An own bank in the repository's own formats, so a good one can be contributed to the built-in set: the text as
 * questions/sources/<doc>.txt, its manifest entry (to add to questions/sources/manifest.json's "documents"), and
 * its questions as questions/curated/<doc>.yaml — the shapes scripts/build-banks.ts reads (bank/read/
 * load-documents.ts and load-curated.ts). Every scalar is written as a JSON string, which YAML reads as the same
 * double-quoted string, so no text can break the file. Pure.
 */
import { documentLabel, type Bank, type Question } from '../format/bank-format';

export interface CuratedExport {
	/** The document id in the repository: the file names' stem. */
	slug: string;
	/** Paths inside the repository, and their text. */
	files: { path: string; text: string }[];
	/** The entry for manifest.json's "documents" list. */
	manifestEntry: ManifestEntry;
}

export interface ManifestEntry {
	file: string;
	title: string | null;
	author: string | null;
	publisher: string | null;
	date: string;
	date_basis?: string;
}

const MAX_SLUG = 60;

function slugify(s: string, max = MAX_SLUG): string {
	const slug = s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, '') || slug.slice(0, max);
}

/** As the repository names its documents: who (author's surname or publisher), year-month, title words. */
export function documentSlug(bank: Bank): string {
	const doc = bank.documents[0];
	const who = doc.author?.trim().split(/\s+/).at(-1) ?? doc.publisher ?? '';
	const parts = [slugify(who, 20), doc.date.slice(0, 7), slugify(doc.title ?? '', 40)].filter(Boolean);
	return slugify(parts.join('-')) || `document-${doc.id.replace(/^u-/, '').slice(0, 12)}`;
}

/** A question's slug, unique in the file: its kind and answer ("date-march-3-2020", "actor-linda-park-2"). */
function questionSlugs(questions: readonly Question[]): string[] {
	const used = new Set<string>();
	return questions.map((q) => {
		const base = slugify(`${q.kind}-${q.type === 'order' ? 'order' : q.answer}`, 40) || q.kind;
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		return slug;
	});
}

const str = (s: string) => JSON.stringify(s);
const list = (xs: readonly string[]) => `[${xs.map(str).join(', ')}]`;

function questionYaml(q: Question, slug: string): string {
	const lines = [`  - id: ${slug}`, `    type: ${q.type}`, `    kind: ${q.kind}`, `    prompt: ${str(q.prompt)}`, `    answer: ${str(q.answer)}`];
	if (q.accept?.length) lines.push(`    accept: ${list(q.accept)}`);
	if (q.choices) lines.push(`    choices: ${list(q.choices)}`);
	if (q.items) lines.push(`    items: ${list(q.items)}`);
	if (q.date) lines.push(`    date: ${str(q.date)}`);
	if (q.number) {
		const n = q.number;
		lines.push(`    number: { value: ${n.value}, tolerance: ${n.tolerance}${n.unit !== undefined ? `, unit: ${str(n.unit)}` : ''} }`);
	}
	if (q.sources.length === 1) lines.push(`    quote: ${str(q.sources[0].quote)}`);
	else {
		lines.push('    quotes:');
		for (const s of q.sources) lines.push(`      - text: ${str(s.quote)}`);
	}
	if (q.explanation) lines.push(`    explanation: ${str(q.explanation)}`);
	return lines.join('\n');
}

/**
 * Who's-who cards ("What office did Linda Park hold?") are the builder's only actor flashcards: the curated format
 * requires an actor question to answer with an actor, and the repository's builder makes these cards itself.
 */
export function isRoleCard(q: Question): boolean {
	return q.kind === 'actor' && q.type === 'flashcard';
}

export function curatedYaml(bank: Bank, slug: string): string {
	const doc = bank.documents[0];
	const questions = bank.questions.filter((q) => !isRoleCard(q));
	const slugs = questionSlugs(questions);
	const header = [
		`# Questions for ${documentLabel(doc)}${doc.author ? ` by ${doc.author}` : ''} (${doc.date}), made in Sourcedeck from the reader's own`,
		`# document and checked one by one before saving. ${questions.length} questions; the text is questions/sources/${slug}.txt.`
	]
		.map((l) => l.replace(/[\r\n]+/g, ' '))
		.join('\n');
	return `${header}\ndoc: ${slug}\nquestions:\n${questions.map((q, i) => questionYaml(q, slugs[i])).join('\n\n')}\n`;
}

export function manifestEntry(bank: Bank, slug: string): ManifestEntry {
	const doc = bank.documents[0];
	return {
		file: `${slug}.txt`,
		title: doc.title,
		author: doc.author,
		publisher: doc.publisher,
		date: doc.date,
		...(doc.dateBasis ? { date_basis: doc.dateBasis } : {})
	};
}

export function exportCurated(bank: Bank, text: string): CuratedExport {
	const slug = documentSlug(bank);
	const entry = manifestEntry(bank, slug);
	const roles = bank.questions.filter(isRoleCard).length;
	const readme = [
		`Sourcedeck: “${documentLabel(bank.documents[0])}” for the built-in question banks`,
		'',
		`1. Copy questions/sources/${slug}.txt and questions/curated/${slug}.yaml into the repository.`,
		'2. Add the entry in manifest-entry.json to the "documents" list of questions/sources/manifest.json.',
		'3. Run `npm run bank`: it checks every quote against the text and every question against the gates.',
		...(roles
			? [
					'',
					`${roles} who's-who ${roles === 1 ? 'card' : 'cards'} (the office a person held) ${roles === 1 ? 'is' : 'are'} not in the curated file: there an actor question answers with a person, and \`npm run bank\` makes these cards from the text itself.`
				]
			: []),
		''
	].join('\n');
	return {
		slug,
		manifestEntry: entry,
		files: [
			{ path: `questions/sources/${slug}.txt`, text: text.endsWith('\n') ? text : `${text}\n` },
			{ path: `questions/curated/${slug}.yaml`, text: curatedYaml(bank, slug) },
			{ path: 'manifest-entry.json', text: `${JSON.stringify(entry, null, '\t')}\n` },
			{ path: 'README.txt', text: readme }
		]
	};
}
