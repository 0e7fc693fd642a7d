/**
 * The facts behind a bank, for the timeline, who's who and positions views: every dated sentence, every actor
 * with the sentences that name them, every attributed position and place. Each entry quotes its sentence at its
 * offsets (as a question's source does) and lists the shipped questions that ask about it. Deterministic: the
 * same documents and questions give the same file.
 */
import type { ActorEntry, BankFacts, PlaceEntry, PositionEntry, Question, SourceRef, TimelineEvent } from '../../format/bank-format';
import { BANK_FORMAT } from '../../format/bank-format';
import type { AnalyzedDocument, AnalyzedSentence } from '../facts/analyze-document';
import type { Actor } from '../read/load-actors';
import type { PlaceCategory } from '../facts/match-places';
import { extractPositions } from '../facts/extract-positions';
import { eventLabel } from '../write/generate-order-questions';
import { containsWords, normalizeText } from '../clean/normalize-text';
import { cyrb53 } from '../hash-text';

function sourceOf(s: AnalyzedSentence): SourceRef {
	return { doc: s.doc, quote: s.text, start: s.start, end: s.end };
}

function idOf(...parts: string[]): string {
	return cyrb53(parts.join('|'), 0).toString(36);
}

/**
 * Questions whose quotes overlap a sentence: only the questions quoting its document are read (what filtering all
 * the questions gives, in their order).
 */
function askingIndex(questions: readonly Question[]): (s: AnalyzedSentence) => Question[] {
	const byDoc = new Map<string, Question[]>();
	for (const q of questions)
		for (const doc of new Set(q.sources.map((src) => src.doc))) {
			const list = byDoc.get(doc);
			if (list) list.push(q);
			else byDoc.set(doc, [q]);
		}
	return (s) => (byDoc.get(s.doc) ?? []).filter((q) => q.sources.some((src) => src.doc === s.doc && src.start < s.end && src.end > s.start));
}

/**
 * Questions whose answer (or an accepted answer) contains one of `names` as whole words, as containsWords says. A
 * name's words must stand together among the answer's normalised words, so every run of an answer's words is listed
 * once and each actor's names are looked up, not compared with every answer of the bank (actors × questions ×
 * aliases calls of containsWords: ~5% of a build).
 */
function namingIndex(questions: readonly Question[], actors: readonly Actor[]): (names: readonly string[]) => Question[] {
	let byRun: Map<string, Set<number>> | undefined;
	// Built on first use (a bank naming no actor never needs it), with runs no longer than the longest name (an
	// ordering's answer has dozens of words).
	const build = () => {
		const runs = new Map<string, Set<number>>();
		const longest = Math.max(0, ...actors.flatMap((a) => a.aliases.map((n) => normalizeText(n).split(' ').length)));
		questions.forEach((q, i) => {
			for (const x of [q.answer, ...(q.accept ?? [])]) {
				const words = normalizeText(x).split(' ');
				if (words[0] === '') continue;
				for (let from = 0; from < words.length; from++)
					for (let to = from + 1; to <= Math.min(words.length, from + longest); to++) {
						const run = words.slice(from, to).join(' ');
						const set = runs.get(run);
						if (set) set.add(i);
						else runs.set(run, new Set([i]));
					}
			}
		});
		return runs;
	};
	return (names) => {
		byRun ??= build();
		const hit = new Set<number>();
		for (const name of names) {
			const n = normalizeText(name);
			if (n) for (const i of byRun.get(n) ?? []) hit.add(i);
		}
		return questions.filter((_, i) => hit.has(i));
	};
}

export interface FactsInput {
	analyzed: readonly AnalyzedDocument[];
	actors: readonly Actor[];
	places: readonly { name: string; category: PlaceCategory }[];
	/** Other names of places ("Iturup" ↔ "Etorofu"). */
	otherNames?: ReadonlyMap<string, readonly string[]>;
}

/** Positions of the analysed documents by id, made once per corpus (a bank per document would scan them all). */
const positionsOf = new WeakMap<readonly AnalyzedDocument[], Map<string, number[]>>();

/** The analysed documents whose id is in `docs`, in corpus order: what filtering `analyzed` gives. */
function ofDocs(analyzed: readonly AnalyzedDocument[], docs: ReadonlySet<string>): AnalyzedDocument[] {
	if (docs.size * 4 > analyzed.length) return analyzed.filter((a) => docs.has(a.doc.id));
	let at = positionsOf.get(analyzed);
	if (!at) {
		at = new Map();
		for (let i = 0; i < analyzed.length; i++) {
			const list = at.get(analyzed[i].doc.id);
			if (list) list.push(i);
			else at.set(analyzed[i].doc.id, [i]);
		}
		positionsOf.set(analyzed, at);
	}
	return [...docs]
		.flatMap((id) => at.get(id) ?? [])
		.sort((a, b) => a - b)
		.map((i) => analyzed[i]);
}

/** Facts of one bank: the documents in `docs`, the questions it ships. */
export function assembleFacts(input: FactsInput, bank: string, version: string, docs: ReadonlySet<string>, questions: readonly Question[]): BankFacts {
	const sentences = ofDocs(input.analyzed, docs).flatMap((a) => a.sentences.filter((s) => !s.repeat).map((s) => ({ s, a })));
	const asking = askingIndex(questions);
	const naming = namingIndex(questions, input.actors);
	const events: TimelineEvent[] = [];
	const positions: PositionEntry[] = [];
	const actorMentions = new Map<string, AnalyzedSentence[]>();
	const placeMentions = new Map<string, AnalyzedSentence[]>();
	for (const { s, a } of sentences) {
		const here = asking(s);
		const label = eventLabel(s, a.doc.date);
		for (const d of s.dates) {
			events.push({
				// The date's own offset: a sentence can name the same date twice ("the 1990s … the 1990s").
				id: idOf(s.doc, String(s.start), String(d.start), d.surface),
				date: d.value,
				precision: d.precision,
				surface: d.surface,
				// The label is the sentence's one event; a sentence with several dates shows itself.
				label: 'event' in label && label.event.date.start === d.start ? label.event.label : null,
				forecast: d.precision !== 'decade' && d.value > a.doc.date.slice(0, d.value.length),
				source: sourceOf(s),
				questions: here.filter((q) => q.kind === 'date' || q.kind === 'event' || containsWords(q.answer, d.surface)).map((q) => q.id)
			});
		}
		for (const m of s.actors) actorMentions.set(m.actor.id, [...(actorMentions.get(m.actor.id) ?? []), s]);
		for (const p of s.places) placeMentions.set(p.name, [...(placeMentions.get(p.name) ?? []), s]);
		for (const p of extractPositions(s))
			positions.push({
				id: idOf(s.doc, String(s.start), p.actor.id),
				actor: p.actor.id,
				verb: p.verb,
				stance: p.stance,
				source: sourceOf(s),
				questions: here.filter((q) => q.kind === 'position').map((q) => q.id)
			});
	}
	const actors: ActorEntry[] = input.actors
		.filter((a) => actorMentions.has(a.id))
		.map((a) => {
			const mentions = actorMentions.get(a.id)!;
			const named = naming(a.aliases);
			const about = mentions.flatMap((s) => asking(s).filter((q) => q.kind === 'actor' || q.kind === 'position'));
			return {
				id: a.id,
				name: a.name,
				kind: a.kind,
				side: a.side,
				role: a.role,
				aliases: a.aliases.filter((x) => x !== a.name),
				docs: [...new Set(mentions.map((s) => s.doc))],
				mentions: mentions.map(sourceOf),
				questions: [...new Set([...named, ...about].map((q) => q.id))].sort()
			};
		})
		.sort((x, y) => y.mentions.length - x.mentions.length || (x.name < y.name ? -1 : 1));
	const places: PlaceEntry[] = input.places
		.filter((p) => placeMentions.has(p.name))
		.map((p) => ({
			name: p.name,
			otherNames: [...(input.otherNames?.get(p.name) ?? [])],
			category: p.category,
			docs: [...new Set(placeMentions.get(p.name)!.map((s) => s.doc))],
			mentions: placeMentions.get(p.name)!.map(sourceOf)
		}));
	const order = (e: TimelineEvent) => e.date.replace(/s$/, '');
	events.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : x.id < y.id ? -1 : 1));
	return { format: BANK_FORMAT, bank, version, events, actors, positions, places };
}
