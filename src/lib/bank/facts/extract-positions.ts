/**
 * Positions: attributed stance sentences — "X insists/argues/believes/wants/demands/proposed … (that) S",
 * "X’s position is that S", "From X’s point of view, S". The stance S is kept verbatim and always asked
 * about as someone's position, never stated as fact.
 */
import type { AnalyzedSentence } from './analyze-document';
import type { Actor } from '../read/load-actors';

export interface PositionMention {
	actor: Actor;
	/** The actor's mention (offsets in the sentence). */
	start: number;
	end: number;
	surface: string;
	/** The attribution verb as written ("insists", "wants", "position is"). */
	verb: string;
	/** The stance, verbatim, without the final stop. */
	stance: string;
	stanceStart: number;
}

const STANCE_VERBS =
	'insists?|insisted|argues?|argued|asserts?|asserted|believes?|believed|demands?|demanded|wants?|wanted|proposed|suggested|stated|said|acknowledged|holds?|seeks?|sought|hopes?|hoped|thinks?|thought|expects?|expected|interpreted|would like|set out the expectation|(?:has |had )?proposed|warned|vowed|claims?|claimed|maintains?|maintained|declared|announced|urged|urges|called for|calls for|rejected|rejects|opposed|opposes|feared|fears|pledged|promised|contended|contends';

const REPORTING = 'said|says|added|told|argued|insisted|stressed|warned|explained|noted|wrote|stated';

const AFTER_ACTOR = new RegExp(`^(?:,\\s*for its part,|,[^,]{1,40},)?\\s+(${STANCE_VERBS})\\b(?:\\s+that)?\\s+(.+?)[.!?]?["”’]?$`, 'u');
const POSSESSIVE = /^[’']s\s+(position|view|point of view)\s+is\s+that\s+(.+?)[.!?]?$/u;

/** A clause ends where another with its own subject begins ("…, and observers speculate …"). */
export function cutAtNextClause(text: string): string {
	return text.split(/[,;] (?:and|but|while|whereas) (?!that\b)/)[0];
}

export function extractPositions(s: AnalyzedSentence): PositionMention[] {
	const out: PositionMention[] = [];
	for (const m of s.actors) {
		const after = s.text.slice(m.end);
		const a = AFTER_ACTOR.exec(after) ?? POSSESSIVE.exec(after);
		if (a) {
			// The stance ends where another clause with its own subject begins ("…, and observers speculate …").
			const stance = cutAtNextClause(a[2]);
			// "holds up as an example …": a phrasal verb's particle, not a stance.
			if (stance.split(/\s+/).length < 5 || /^(?:to|with|on|in|for|at|by|from|up|out|off|down|back|over|onto|into|about)\b/.test(stance)) continue;
			out.push({ actor: m.actor, start: m.start, end: m.end, surface: m.surface, verb: a[1], stance, stanceStart: s.text.indexOf(stance, m.end) });
			continue;
		}
		const before = s.text.slice(0, m.start);
		// "According to X, S" — the stance is the main clause after the comma.
		if (/^According to (?:the\s+)?$/.test(before)) {
			const rest = /^[^,]{0,40}?,\s+(.+?)[.!?]?["”’]?$/u.exec(after);
			const stance = rest ? cutAtNextClause(rest[1]) : '';
			if (stance.split(/\s+/).length >= 5 && /^[a-z“"]/.test(stance.replace(/^(?:the|a|an|it|there)\b/i, (w) => w.toLowerCase())))
				out.push({ actor: m.actor, start: m.start, end: m.end, surface: m.surface, verb: 'according to', stance, stanceStart: s.text.indexOf(stance, m.end) });
			continue;
		}
		// "S, X said." / "“S,” said X." / "“S,” X told Sky News." — a reporting clause closes the sentence.
		const said = new RegExp(`^[“"]?(.+?)(?:,["”]|["”],|,)\\s+(?:(${REPORTING})\\s+)?$`, 'u').exec(before);
		if (said) {
			const verbAfter = new RegExp(`^\\s+(${REPORTING})\\b[^,;]{0,40}?[.!?]?["”’]?$`, 'u').exec(after)?.[1];
			const verb = said[2] ? (/^\s*[.!?]?["”’]?$/.test(after) ? said[2] : undefined) : verbAfter;
			const stance = said[1];
			if (verb && stance.split(/\s+/).length >= 5 && !/["“”]/.test(stance))
				out.push({ actor: m.actor, start: m.start, end: m.end, surface: m.surface, verb, stance, stanceStart: s.text.indexOf(stance) });
			continue;
		}
		// "From Moscow's point of view, S"
		const pov = /^From\s+$/.exec(before) && /^[’']s point of view,\s+(.+?)[.!?]?$/u.exec(after);
		if (pov) out.push({ actor: m.actor, start: m.start, end: m.end, surface: m.surface, verb: 'point of view', stance: pov[1], stanceStart: s.text.indexOf(pov[1], m.end) });
	}
	return out;
}
