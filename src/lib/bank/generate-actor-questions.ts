/**
 * Actor questions: who fills the blank (choice and typed), and "who said / proposed …" for sentences where a
 * named actor is the subject of a reporting or action verb.
 */
import type { Candidate } from './candidate';
import type { AnalyzedSentence } from './analyze-document';
import type { Actor } from './load-actors';
import type { ActorMention } from './match-actors';
import { blankOut, makeCandidate, makeChoices } from './make-candidate';
import { pickActorDistractors } from './pick-actor-distractors';
import { cutAtNextClause } from './extract-positions';

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

/** The answer that fills the blank: the canonical name, unless the text uses another designation ("upper house"). */
function answerFor(m: ActorMention, span: { start: number; end: number }, sentence: string): string {
	const filled = sentence.slice(span.start, span.end);
	return m.actor.name.includes(filled) ? m.actor.name : filled;
}

export function generateActorQuestions(sentences: readonly AnalyzedSentence[], actors: readonly Actor[]): Candidate[] {
	const out: Candidate[] = [];
	for (const s of sentences) {
		for (const m of soleMentions(s)) {
			// Not inside a compound ("Putin-Abe negotiations"): the blank would read as a typo.
			if (!askable(m.actor) || s.text[m.start - 1] === '-' || s.text[m.end] === '-') continue;
			const a = m.actor;
			const span = answerSpan(m);
			const answer = answerFor(m, span, s.text);
			const base = { kind: 'actor' as const, answer, fact: m.surface, sentence: s, aliases: a.aliases };
			const blanked = blankOut(s.text, span.start, span.end);
			out.push(makeCandidate({ ...base, type: 'cloze', form: 'cloze-actor', prompt: blanked, accept: [a.name, ...a.aliases].filter((x) => x !== answer) }));
			// Choices are canonical names: only when the blank takes one.
			if (answer !== a.name) continue;
			const distractors = pickActorDistractors(a, actors, namesIn(s), { side: 'same' }, s.text);
			if (distractors.length < 3) continue;
			const choices = makeChoices(a.name, distractors.map((d) => d.name), s.text);
			out.push(makeCandidate({ ...base, type: 'choice', form: 'choice-actor', prompt: `Who fills the blank? ${blanked}`, choices }));
			// "Who proposed …?" when the actor opens the sentence or its main clause.
			const prefix = s.text.slice(0, m.start);
			const verb = VERB_AFTER.exec(s.text.slice(m.end));
			if (!verb || !(prefix === '' || (/,\s$/.test(prefix) && prefix.split(' ').length <= 14))) continue;
			const rest = cutAtNextClause(verb[1]).replace(/[,;:]$/, '');
			const prompt = prefix ? `${prefix}who ${rest}?` : `Who ${rest}?`;
			out.push(makeCandidate({ ...base, type: 'choice', form: 'who-said', prompt, choices }));
		}
	}
	return out;
}
