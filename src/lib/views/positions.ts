// Positions by the question at stake: keyword rules over each attributed stance sort it under the questions it
// addresses (a stance can address several), "Other" for the rest, so any bank gets a page; within a question, the
// positions side by side, by side.
import type { ActorEntry, PositionEntry } from '$lib/format/bank-format';

export interface IssueRule {
	id: string;
	/** The question at stake, as a heading. */
	title: string;
	pattern: RegExp;
}

/** The questions at stake in a territorial-and-treaty dispute; first match order is the page order. */
export const ISSUES: readonly IssueRule[] = [
	{
		id: 'islands',
		title: 'How many islands?',
		pattern: /\b(?:two|four|both|all|2|4)\s+(?:of\s+the\s+)?(?:\w+\s+)?islands\b|\b(?:two|four)-island|\bHabomai\b|\bShikotan\b|\bKunashir\b|\bIturup\b|\bEtorofu\b/i
	},
	{
		id: 'sovereignty',
		title: 'Whose sovereignty?',
		pattern: /\bsovereign(?:ty)?\b|\bownership\b|\bjurisdiction\b|\bterritorial\b|\breturn(?:ed|ing)?\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?islands\b|\bcontrol of\b/i
	},
	{
		id: 'sequence',
		title: 'A peace treaty first, or the islands first?',
		pattern: /\bprecondition|\bprerequisite|\bpreconditions\b|\bprior to\b|\bbefore (?:concluding|signing|the conclusion)|\bfirst\b|\bin exchange\b|\bbasis for\b/i
	},
	{
		id: 'ww2',
		title: 'The outcome of World War II',
		pattern: /\bWorld War\b|\bWWII\b|\bWW2\b|\bSecond World War\b|\bpost-?war\b|\bresult of the war\b/i
	},
	{
		id: 'economy',
		title: 'Economic cooperation',
		pattern: /\becono\w*|\binvest\w*|\btrade\b|\bbusiness\w*|\benergy\b|\bLNG\b|\bgas\b|\bcooperation\b|\bprojects?\b/i
	},
	{
		id: 'security',
		title: 'Security and the United States',
		pattern: /\bsecurity\b|\bmilitary\b|\bdefen[cs]e\b|\btroops\b|\bbases?\b|\balliance\b|\bUnited States\b|\bU\.S\.|\bUS\b|\bAmerica\w*|\bWashington\b|\bisolation\b/
	}
];

export const OTHER_ISSUE = { id: 'other', title: 'Other questions' } as const;

/** What the positions view shows of who holds a position. */
export type PositionActor = Pick<ActorEntry, 'id' | 'name' | 'side'>;

export interface PositionView {
	position: PositionEntry;
	/** Who holds it (null when the facts name an actor they do not list: shown by its id). */
	actor: PositionActor | null;
	side: string;
}

export interface IssueGroup {
	id: string;
	title: string;
	/** Sides in a stable order (the two parties first, by how many positions they hold, "other" last). */
	sides: { side: string; positions: PositionView[] }[];
}

/** The questions a stance addresses (ids of ISSUES), or none. */
export function issuesOf(position: Pick<PositionEntry, 'stance'>, rules: readonly IssueRule[] = ISSUES): string[] {
	return rules.filter((r) => r.pattern.test(position.stance)).map((r) => r.id);
}

/** Positions grouped by question at stake, then by side; empty questions left out; "Other questions" last. */
export function positionsByIssue(facts: { actors: readonly PositionActor[]; positions: readonly PositionEntry[] }, doc?: string | null, rules: readonly IssueRule[] = ISSUES): IssueGroup[] {
	const actors = new Map(facts.actors.map((a) => [a.id, a]));
	const views: PositionView[] = facts.positions
		.filter((p) => !doc || p.source.doc === doc)
		.map((position) => {
			const actor = actors.get(position.actor) ?? null;
			return { position, actor, side: actor?.side ?? 'other' };
		});
	const sideWeight = new Map<string, number>();
	for (const v of views) sideWeight.set(v.side, (sideWeight.get(v.side) ?? 0) + 1);
	const sideOrder = (a: string, b: string) =>
		Number(a === 'other') - Number(b === 'other') || (sideWeight.get(b) ?? 0) - (sideWeight.get(a) ?? 0) || a.localeCompare(b);
	const bySide = (vs: PositionView[]) => {
		const m = new Map<string, PositionView[]>();
		for (const v of vs) m.set(v.side, [...(m.get(v.side) ?? []), v]);
		return [...m].sort(([a], [b]) => sideOrder(a, b)).map(([side, positions]) => ({ side, positions }));
	};
	const groups: IssueGroup[] = [];
	for (const rule of rules) {
		const here = views.filter((v) => rule.pattern.test(v.position.stance));
		if (here.length) groups.push({ id: rule.id, title: rule.title, sides: bySide(here) });
	}
	const rest = views.filter((v) => !rules.some((r) => r.pattern.test(v.position.stance)));
	if (rest.length) groups.push({ ...OTHER_ISSUE, sides: bySide(rest) });
	return groups;
}
