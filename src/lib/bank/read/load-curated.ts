/**
 * questions/curated/<doc-id>.yaml: hand-written questions. Each becomes a Candidate with its file:line, its
 * quotes located in the documents (offsets filled in), and its id derived from doc + slug.
 */
import type { Candidate } from '../candidate';
import type { Question, QuestionKind, QuestionType, SourceRef } from '../../format/bank-format';
import type { ActorMatcher } from '../facts/match-actors';
import type { YamlFile } from './parse-yaml';
import { BuildError } from '../errors';
import { parseYaml } from './parse-yaml';
import { curatedId } from '../assemble/assign-ids';
import { normalizeText } from '../clean/normalize-text';

const TYPES: readonly string[] = ['flashcard', 'choice', 'typed', 'truefalse', 'cloze', 'order'];
const KINDS: readonly string[] = ['date', 'actor', 'poll', 'number', 'position', 'place', 'event'];
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface DocumentText {
	id: string;
	text: string;
	/** Where the body starts being duplicated or furniture: prefer quotes found in these ranges. */
	body: { start: number; end: number }[];
}

function asText(v: unknown): string | undefined {
	if (typeof v === 'string') return v;
	if (typeof v === 'number' || typeof v === 'boolean') return String(v);
	return undefined;
}

function asTextList(v: unknown): string[] | undefined {
	if (v === undefined || v === null) return undefined;
	if (!Array.isArray(v)) return undefined;
	const out = v.map(asText);
	return out.every((x): x is string => x !== undefined) ? out : undefined;
}

/** Finds a quote in its document, preferring an occurrence in the body; explains near misses. */
export function locateQuote(doc: DocumentText, quote: string): { start: number; end: number } | string {
	let first = -1;
	for (let at = doc.text.indexOf(quote); at >= 0; at = doc.text.indexOf(quote, at + 1)) {
		if (first < 0) first = at;
		if (doc.body.some((r) => at >= r.start && at + quote.length <= r.end)) return { start: at, end: at + quote.length };
	}
	if (first >= 0) return { start: first, end: first + quote.length };
	const n = normalizeText(quote);
	if (n && normalizeText(doc.text).includes(n))
		return `the quote is in ${doc.id} but not verbatim: check quotes (“ ” vs "), apostrophes (’ vs '), dashes and spaces`;
	return `the quote is not in ${doc.id}`;
}

/** Loads one curated file. File-level problems throw; each bad question is collected into `errors`. */
export function loadCurated(
	file: YamlFile,
	docs: ReadonlyMap<string, DocumentText>,
	matcher: ActorMatcher,
	errors: BuildError[] = []
): Candidate[] {
	const parsed = parseYaml(file);
	const root = (parsed.value ?? {}) as { doc?: unknown; questions?: unknown };
	const fileDoc = asText(root.doc);
	if (!fileDoc) throw new BuildError('curated-invalid', { file: file.path, line: parsed.lineOf(['doc']) ?? 1 }, '"doc" (the document id) is missing');
	if (!docs.has(fileDoc)) throw new BuildError('curated-unknown-doc', { file: file.path, line: parsed.lineOf(['doc']) }, `unknown document "${fileDoc}"`);
	if (!Array.isArray(root.questions))
		throw new BuildError('curated-invalid', { file: file.path, line: parsed.lineOf(['questions']) ?? 1 }, '"questions" must be a list');
	const home: string = fileDoc;
	const slugs = new Map<string, number | undefined>();
	const out: Candidate[] = [];
	root.questions.forEach((raw: unknown, i: number) => {
		try {
			out.push(loadQuestion(raw, i));
		} catch (e) {
			if (e instanceof BuildError) errors.push(e);
			else throw e;
		}
	});
	return out;

	function loadQuestion(raw: unknown, i: number): Candidate {
		const r = (raw ?? {}) as Record<string, unknown>;
		const line = parsed.lineOf(['questions', i]);
		const at = (key: string) => ({ file: file.path, line: parsed.lineOf(['questions', i, key]) ?? line });
		const fail = (key: string, detail: string): never => {
			throw new BuildError('curated-invalid', at(key), detail);
		};
		const slug = asText(r.id);
		if (!slug || !SLUG.test(slug)) fail('id', 'each question needs an id: a lower-case slug like kono-lavrov-meeting');
		const s = slug as string;
		if (slugs.has(s)) throw new BuildError('duplicate-id', at('id'), `id "${s}" is used twice in this file (first at line ${slugs.get(s)})`);
		slugs.set(s, parsed.lineOf(['questions', i, 'id']));
		const type = asText(r.type);
		if (!type || !TYPES.includes(type)) fail('type', `"${s}": type must be one of ${TYPES.join(', ')}`);
		const kind = asText(r.kind);
		if (!kind || !KINDS.includes(kind)) fail('kind', `"${s}": kind must be one of ${KINDS.join(', ')}`);
		const prompt = asText(r.prompt);
		if (!prompt?.trim()) fail('prompt', `"${s}": prompt is missing`);
		const items = asTextList(r.items);
		if (r.items !== undefined && !items) fail('items', `"${s}": items must be a list of text`);
		const answer = asText(r.answer) ?? (type === 'order' && items ? items.join(' → ') : undefined);
		if (!answer?.trim()) fail('answer', `"${s}": answer is missing`);
		const accept = asTextList(r.accept);
		if (r.accept !== undefined && !accept) fail('accept', `"${s}": accept must be a list of text`);
		const choices = asTextList(r.choices);
		if (r.choices !== undefined && !choices) fail('choices', `"${s}": choices must be a list of text`);
		const date = asText(r.date);
		if (date !== undefined && !DATE.test(date)) fail('date', `"${s}": date must be YYYY, YYYY-MM or YYYY-MM-DD`);
		// Quotes: `quote` (home document) or `quotes` ({doc?, text}).
		const quoteList: { doc: string; text: string; key: (string | number)[] }[] = [];
		if (r.quote !== undefined) {
			const q = asText(r.quote);
			if (!q) fail('quote', `"${s}": quote must be text`);
			quoteList.push({ doc: home, text: q as string, key: ['questions', i, 'quote'] });
		}
		if (r.quotes !== undefined) {
			if (!Array.isArray(r.quotes)) fail('quotes', `"${s}": quotes must be a list of {doc, text}`);
			(r.quotes as unknown[]).forEach((x, j) => {
				const e = (x ?? {}) as Record<string, unknown>;
				const t = asText(e.text);
				if (!t) fail('quotes', `"${s}": quotes[${j + 1}] needs text`);
				quoteList.push({ doc: asText(e.doc) ?? home, text: t as string, key: ['questions', i, 'quotes', j] });
			});
		}
		if (quoteList.length === 0) fail('quote', `"${s}": a quote from the document is required`);
		const sources: SourceRef[] = quoteList.map((q) => {
			const place = { file: file.path, line: parsed.lineOf(q.key) ?? line };
			const doc = docs.get(q.doc);
			if (!doc) throw new BuildError('curated-unknown-doc', place, `"${s}": unknown document "${q.doc}"`);
			const found = locateQuote(doc, q.text);
			if (typeof found === 'string') throw new BuildError('quote-not-found', place, `"${s}": ${found}`);
			return { doc: q.doc, quote: q.text, ...found };
		});
		let number: Question['number'];
		if (r.number !== undefined) {
			const n = (r.number ?? {}) as Record<string, unknown>;
			if (typeof n.value !== 'number') fail('number', `"${s}": number needs a numeric value`);
			number = { value: n.value as number, tolerance: typeof n.tolerance === 'number' ? n.tolerance : 0 };
			if (typeof n.unit === 'string') number.unit = n.unit;
		}
		// An actor question must name a known actor.
		let aliases: string[] = [];
		if (kind === 'actor' && type !== 'truefalse' && type !== 'order') {
			const actor = matcher.lookup(answer as string);
			if (!actor && matcher.byId.size > 0)
				throw new BuildError('unknown-actor', at('answer'), `"${s}": "${answer}" is not in questions/actors.yaml`);
			aliases = actor?.aliases ?? [];
		}
		const question: Question = {
			id: curatedId(home, s),
			type: type as QuestionType,
			kind: kind as QuestionKind,
			prompt: prompt as string,
			answer: answer as string,
			sources,
			origin: 'curated'
		};
		if (accept?.length) question.accept = accept;
		if (choices) question.choices = choices;
		if (items) question.items = items;
		if (date) question.date = date;
		if (number) question.number = number;
		const explanation = asText(r.explanation);
		if (explanation) question.explanation = explanation;
		return {
			question,
			form: 'curated',
			anchor: s,
			fact: type === 'truefalse' ? '' : (answer as string),
			aliases,
			derived: r.answer_reviewed === true || type === 'truefalse' ? 'reviewed' : undefined,
			score: 1,
			notes: [],
			place: { file: file.path, line }
		};
	}
}
