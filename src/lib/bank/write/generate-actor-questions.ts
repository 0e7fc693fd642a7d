/**
 * Actor questions: who fills the blank (choice and typed), and "who said / proposed …" for sentences where a
 * named actor is the subject of a reporting or action verb.
 */
import type { Candidate } from '../candidate';
import type { AnalyzedSentence } from '../facts/analyze-document';
import type { Actor } from '../read/load-actors';
import type { ActorMention } from '../facts/match-actors';
import { blankOut, tidySentence, makeCandidate, makeChoices } from './make-candidate';
import { actorsByDoc, pickActorDistractors } from './pick-actor-distractors';
import { cutAtNextClause } from '../facts/extract-positions';
import { containsWords, contentWords } from '../clean/normalize-text';

/** Verbs that make "Who <verb> …?" a real question about an act or a statement. */
export const ACT_VERBS =
	'met|announced|said|says|stated|proposed|proposes|suggested|agreed|asserts|asserted|insists|insisted|argues|argued|believes|wants|demands|demanded|acknowledged|expressed|explained|referred|visited|indicated|decided|set|stepped|hopes|vowed|warned|referred|promoted|dispatched|signed|invited|acknowledges|urged|made|has set|had proposed|has shown|would like';

const VERB_AFTER = new RegExp(`^(?:,[^,]{1,60},)?\\s+((?:${ACT_VERBS})\\b.*?)[.?!]?["”’]?$`);

function namesIn(s: AnalyzedSentence): Set<string> {
	return new Set(s.actors.map((m) => m.actor.id));
}

function askable(actor: Actor): boolean {
	return actor.kind !== 'government';
}

/** The only mention of its actor in the sentence (otherwise the blank leaves the answer in the prompt). */
function soleMentions(s: AnalyzedSentence): ActorMention[] {
	return s.actors.filter((m) => s.actors.filter((x) => x.actor.id === m.actor.id).length === 1);
}

/**
 * The part of a mention the answer fills: the name inside "Japanese Prime Minister Shinzo Abe" or "the Yoshihide
 * Suga administration", so the blank reads "Prime Minister _____" / "the _____ administration".
 */
const TITLE = /\b(?:Minister|President|Prime|Foreign|Premier|Secretary|administration|government|Chairman)\b/;

export function answerSpan(m: ActorMention): { start: number; end: number } {
	// The canonical name first, then other plain names, longest first ("Sergey Lavrov", then "Lavrov").
	const plain = m.actor.aliases.filter((x) => x !== m.actor.name && !TITLE.test(x)).sort((x, y) => y.length - x.length);
	const names = [m.actor.name, ...plain];
	for (const n of names) {
		const at = m.surface.indexOf(n);
		if (at >= 0 && !/\p{L}/u.test(m.surface[at + n.length] ?? '') && !/\p{L}/u.test(m.surface[at - 1] ?? ''))
			return { start: m.start + at, end: m.start + at + n.length };
	}
	return { start: m.start, end: m.end };
}

/**
 * How a distractor is written to match the blank: the canonical name where the answer is one, the surname where
 * the text uses a surname ("Prime Minister _____" → "Abe", "Suga", "Mori"); null when no such form exists.
 */
/** "De Bruyne" of "Kevin De Bruyne", "van Gogh": the surname with its particle, as the text writes it alone. */
function surnameOf(actor: Actor): string {
	const words = actor.name.split(' ');
	const alone = actor.aliases.filter((a) => a !== actor.name && actor.name.endsWith(` ${a}`)).sort((a, b) => a.length - b.length)[0];
	if (alone) return alone;
	const particle = words.length > 2 && /^(?:[Dd]e|[Vv]an|[Vv]on|[Dd]er|[Dd]a|[Dd]i|[Dd]u|[Ll]e|[Ll]a|[Dd]el|[Dd]os|bin|al|ibn|[Tt]er|[Tt]en)$/.test(words[words.length - 2]);
	return particle ? words.slice(-2).join(' ') : words[words.length - 1];
}

export function writeLike(actor: Actor, filled: string, answer: Actor, all: readonly Actor[] = []): string | null {
	if (filled === answer.name) return actor.name;
	if (!filled.includes(' ') && actor.kind === 'person') {
		const surname = surnameOf(actor);
		// "Hatoyama" alone could be Ichiro or Yukio: a surname two people share is no choice.
		if (all.some((o) => o.id !== actor.id && o.kind === 'person' && o.name.split(' ').pop() === surname)) return null;
		return surname;
	}
	return null;
}

/** The title written right before the blank ("Foreign Minister _____"): distractors must hold that office. */
function titleBefore(sentence: string, start: number): string | null {
	const m = /(Foreign Minister|Prime Minister|Defense Minister|President)\s+$/.exec(sentence.slice(Math.max(0, start - 40), start));
	return m ? m[1].toLowerCase() : null;
}

/**
 * Each article's main subjects: the people it names most (at least 4 mentions and a quarter of all its mentions of
 * people — an article on the Abe–Putin talks has two), and so the organisations. A blank for them answers itself ("_____ continues his
 * effort …" in an article about Abe).
 */
export function mainSubjects(sentences: readonly AnalyzedSentence[]): Map<string, Set<string>> {
	// People are counted among people, organisations among organisations (a page on the Electoral College
	// names it in most sentences); governments, named by their countries everywhere, are not counted.
	const counts = new Map<string, Map<string, number>>();
	for (const s of sentences)
		for (const m of s.actors) {
			if (m.actor.kind === 'government') continue;
			const key = `${s.doc}\u0000${m.actor.kind === 'person' ? 'person' : 'other'}`;
			const c = counts.get(key) ?? new Map<string, number>();
			c.set(m.actor.id, (c.get(m.actor.id) ?? 0) + 1);
			counts.set(key, c);
		}
	const out = new Map<string, Set<string>>();
	for (const [key, c] of counts) {
		const doc = key.split('\u0000')[0];
		const total = [...c.values()].reduce((a, b) => a + b, 0);
		const set = out.get(doc) ?? new Set<string>();
		for (const [id, n] of c) if (n >= 4 && n * 4 >= total) set.add(id);
		out.set(doc, set);
	}
	return out;
}

export function generateActorQuestions(sentences: readonly AnalyzedSentence[], actors: readonly Actor[]): Candidate[] {
	const out: Candidate[] = [];
	const subjects = mainSubjects(sentences);
	const byDoc = actorsByDoc(sentences);
	for (const s of sentences) {
		// "Like many of the early consuls, _____ was a merchant": the sentence says many fit the blank.
		if (/^(?:Like|As with|Unlike) (?:many|most|some|other|several|all)\b/i.test(tidySentence(s.text))) continue;
		for (const m of soleMentions(s)) {
			// Not inside a compound ("Putin-Abe negotiations"): the blank would read as a typo.
			if (!askable(m.actor) || s.text[m.start - 1] === '-' || s.text[m.end] === '-') continue;
			// "The _____ Poll": a blank inside a longer name; an actor the finder is unsure of is no question.
			if (/^\s\p{Lu}\p{Ll}/u.test(s.text.slice(m.end)) || (m.actor.evidence !== undefined && m.actor.evidence < 2)) continue;
			// "the Italian _____ of Cassation": an organisation's name that goes on after the blank.
			if (m.actor.kind !== 'person' && /^\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(m.end))) continue;
			const a = m.actor;
			const span = answerSpan(m);
			// The answer is what fills the blank, as written ("Biden" in "the _____ administration").
			const answer = s.text.slice(span.start, span.end);
			const accept = [a.name, ...a.aliases].filter((x) => x !== answer);
			const blanked = tidySentence(blankOut(s.text, span.start, span.end));
			// A surname of the answer elsewhere in the sentence ("Abe's father, _____") gives it away.
			const surname = a.name.split(' ').pop() ?? a.name;
			const giveaway =
				subjects.get(s.doc)?.has(a.id)
					? `${a.name} is the article's main subject`
					: a.kind === 'person' && surname !== answer && containsWords(blanked, surname)
						? `the surname "${surname}" stays in the prompt`
						: undefined;
			const base = { kind: 'actor' as const, answer, fact: answer, sentence: s, aliases: a.aliases, giveaway };
			// "_____’s offer": a country or a capital fits a possessive blank as well as the person; only a choice asks it.
			const possessive = /^[’']s\b/.test(s.text.slice(span.end));
			if (!possessive) out.push(makeCandidate({ ...base, type: 'cloze', form: 'cloze-actor', prompt: `According to ${s.attribution}: ${blanked}`, accept }));
			// "Who proposed …?" when the actor opens the sentence or its main clause (full names as choices); it
			// replaces "who fills the blank" for that mention, which would ask the same thing again.
			const prefix = s.text.slice(0, m.start);
			const verb = VERB_AFTER.exec(s.text.slice(m.end));
			const within = byDoc.get(s.doc);
			const named = pickActorDistractors(a, actors, namesIn(s), { side: 'same', within }, s.text);
			if (verb && named.length === 3 && (prefix === '' || (/,\s$/.test(prefix) && prefix.split(' ').length <= 14))) {
				const rest = cutAtNextClause(verb[1]).replace(/[,;:]$/, '');
				const prompt = tidySentence(prefix ? `${prefix}who ${rest}?` : `Who ${rest}?`);
				out.push({
					...makeCandidate({ ...base, answer: a.name, fact: m.surface, type: 'choice', form: 'who-said', prompt, choices: makeChoices(a.name, named.map((d) => d.name), s.text) }),
					choiceAliases: Object.fromEntries(named.map((d) => [d.name, d.aliases]))
				});
				continue;
			}
			const title = titleBefore(s.text, span.start);
			const distractors = pickActorDistractors(a, actors, namesIn(s), { side: 'same', within }, s.text, 10)
				.filter((d) => !title || d.role.toLowerCase().includes(title))
				// Same role words as the answer ("news agency"), else a choice of companies gives it away.
				.filter((d) => !a.role || contentWords(a.role).size === 0 || [...contentWords(d.role)].some((w) => contentWords(a.role).has(w)))
				.map((d) => ({ d, label: writeLike(d, answer, a, actors) }))
				.filter((x): x is { d: Actor; label: string } => x.label !== null && x.label !== answer)
				.slice(0, 3);
			if (distractors.length < 3) continue;
			const choiceAliases = Object.fromEntries(distractors.map((x) => [x.label, x.d.aliases]));
			const choices = makeChoices(answer, distractors.map((x) => x.label), s.text);
			out.push({ ...makeCandidate({ ...base, type: 'choice', form: 'choice-actor', prompt: `Who fills the blank, according to ${s.attribution}? ${blanked}`, choices }), choiceAliases });
		}
	}
	return out;
}
