// Who's who: the actors of a bank by side, each with role, the sentences that name them, their positions, articles.
import type { ActorEntry, BankFacts, PositionEntry, SourceRef } from '$lib/format/bank-format';

export interface ActorView {
	actor: ActorEntry;
	/** Positions attributed to them (quoted). */
	positions: PositionEntry[];
	/** Sentences naming them, in the filter's articles, in document order. */
	mentions: SourceRef[];
	/** Articles that mention them (ids, in the order the facts list them). */
	docs: string[];
}

export interface SideGroup {
	side: string;
	actors: ActorView[];
}

const KIND_LABEL: Record<ActorEntry['kind'], string> = {
	person: 'Person',
	government: 'Government',
	organisation: 'Organisation',
	company: 'Company'
};

export function kindLabel(kind: ActorEntry['kind']): string {
	return KIND_LABEL[kind] ?? kind;
}

/** "other" reads as what it holds: analysts, authors and third parties. */
export function sideLabel(side: string): string {
	return side === 'other' ? 'Others (analysts, third parties)' : side;
}

/**
 * The actors by side: sides with the most mentioned actors first, "other" last; within a side, the most mentioned
 * first. With an article chosen, only actors that article names, with its sentences.
 */
export function actorsBySide(facts: Pick<BankFacts, 'actors' | 'positions'>, doc?: string | null): SideGroup[] {
	const views: ActorView[] = [];
	for (const actor of facts.actors) {
		const mentions = doc ? actor.mentions.filter((m) => m.doc === doc) : actor.mentions;
		const positions = facts.positions.filter((p) => p.actor === actor.id && (!doc || p.source.doc === doc));
		if (doc && mentions.length === 0 && positions.length === 0) continue;
		views.push({ actor, positions, mentions, docs: doc ? [doc] : actor.docs });
	}
	const sides = new Map<string, ActorView[]>();
	for (const v of views) sides.set(v.actor.side, [...(sides.get(v.actor.side) ?? []), v]);
	const weight = (vs: ActorView[]) => vs.reduce((n, v) => n + v.mentions.length, 0);
	return [...sides]
		.map(([side, actors]) => ({
			side,
			actors: actors.sort((a, b) => b.mentions.length - a.mentions.length || a.actor.name.localeCompare(b.actor.name))
		}))
		.sort((a, b) => Number(a.side === 'other') - Number(b.side === 'other') || weight(b.actors) - weight(a.actors) || a.side.localeCompare(b.side));
}

/** Other names the actor goes by, without the name itself or names that only add a title to it. */
export function shortAliases(actor: ActorEntry): string[] {
	const seen = new Set([actor.name.toLowerCase()]);
	const out: string[] = [];
	for (const alias of actor.aliases) {
		const bare = alias.replace(/^the\s+/i, '');
		const key = bare.toLowerCase();
		if (seen.has(key) || key.endsWith(` ${actor.name.toLowerCase()}`)) continue;
		seen.add(key);
		out.push(bare);
	}
	return out;
}
