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

export function generateActorQuestions(sentences: readonly AnalyzedSentence[], actors: readonly Actor[]): Candidate[] {
	const out: Candidate[] = [];
	for (const s of sentences) {
		for (const m of soleMentions(s)) {
			// Not inside a compound ("Putin-Abe negotiations"): the blank would read as a typo.
			if (!askable(m.actor) || s.text[m.start - 1] === '-' || s.text[m.end] === '-') continue;
			const a = m.actor;
			const base = { kind: 'actor' as const, answer: a.name, fact: m.surface, sentence: s, aliases: a.aliases };
			const blanked = blankOut(s.text, m.start, m.end);
			out.push(makeCandidate({ ...base, type: 'cloze', form: 'cloze-actor', prompt: blanked, accept: a.aliases.filter((x) => x !== a.name) }));
			const distractors = pickActorDistractors(a, actors, namesIn(s), { side: 'same' }, s.text);
			if (distractors.length < 3) continue;
			const choices = makeChoices(a.name, distractors.map((d) => d.name), s.text);
			out.push(makeCandidate({ ...base, type: 'choice', form: 'choice-actor', prompt: `Who fills the blank? ${blanked}`, choices }));
			// "Who proposed …?" when the actor opens the sentence or its main clause.
			const prefix = s.text.slice(0, m.start);
			const verb = VERB_AFTER.exec(s.text.slice(m.end));
			if (!verb || !(prefix === '' || (/,\s$/.test(prefix) && prefix.split(' ').length <= 14))) continue;
			const rest = verb[1].replace(/[,;:]$/, '');
			const prompt = prefix ? `${prefix}who ${rest}?` : `Who ${rest}?`;
			out.push(makeCandidate({ ...base, type: 'choice', form: 'who-said', prompt, choices }));
		}
	}
	return out;
}
