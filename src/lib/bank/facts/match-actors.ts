/** Actor mentions: the curated aliases, longest first, as whole words ("Abe" not in "Abenomics"). */
import type { Actor } from '../read/load-actors';

export interface ActorMention {
	actor: Actor;
	/** Offsets relative to the text searched. */
	start: number;
	end: number;
	surface: string;
}

const TITLE_WORDS = new Set(
	'Minister President Premier Secretary Ambassador Chancellor Mr Mrs Ms Dr Prime Foreign Defense Leader General Chairman'.split(' ')
);

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface ActorMatcher {
	find(text: string): ActorMention[];
	byId: Map<string, Actor>;
	/** Actor named exactly (name or alias), case-insensitive. */
	lookup(name: string): Actor | undefined;
}

export function makeActorMatcher(actors: readonly Actor[]): ActorMatcher {
	const entries = actors
		.flatMap((actor) => actor.aliases.map((alias) => ({ alias, actor })))
		.sort((a, b) => b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : 1));
	const pattern = entries.length
		? new RegExp(`(?<![\\p{L}\\p{N}])(?:${entries.map((e) => escapeRegExp(e.alias)).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
		: null;
	const byAlias = new Map(entries.map((e) => [e.alias, e.actor]));
	const byLower = new Map(entries.map((e) => [e.alias.toLowerCase(), e.actor]));
	return {
		byId: new Map(actors.map((a) => [a.id, a])),
		lookup: (name) => byLower.get(name.trim().toLowerCase()),
		find(text) {
			if (!pattern) return [];
			const out: ActorMention[] = [];
			for (const m of text.matchAll(pattern)) {
				const actor = byAlias.get(m[0]);
				if (!actor) continue;
				// A one-word alias after another capitalised name is someone else ("Shintaro Abe" is not "Abe").
				if (!m[0].includes(' ')) {
					const before = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, m.index - 30), m.index));
					if (before && !TITLE_WORDS.has(before[1]) && !/^(?:The|In|On|At|For|By|And|But|With|As|When|While|Under|After|Before|Since|From)$/.test(before[1]))
						continue;
				}
				out.push({ actor, start: m.index, end: m.index + m[0].length, surface: m[0] });
			}
			return out;
		}
	};
}
