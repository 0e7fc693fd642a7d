// The data each view of a bank shows, computed when the banks are built (scripts/build-banks.ts writes
// <id>.timeline.json, <id>.people.json and <id>.positions.json beside <id>.facts.json). A page fetches only what it
// shows, already ordered and grouped (issue 14: a view renders in 200 ms at 4× CPU), so it renders without deriving.
// Each file also carries the inputs the view's filters need (an article, a period): a filter derives again on the
// page with the same functions. Groupings refer to entries by their index in the file's arrays, so no entry is
// written twice.
import type { ActorEntry, BANK_FORMAT, BankFacts, PositionEntry, TimelineEvent } from '$lib/format/bank-format';
import { buildTimeline, timelinePeriods, type TimelinePeriod } from './timeline';
import { actorsBySide, type SideGroup } from './people';
import { positionsByIssue, type IssueGroup, type PositionActor } from './positions';
import { placesWithOtherNames, type PlaceNames } from './places';

export type ViewName = 'timeline' | 'people' | 'positions';

/** A view's file, named after the bank's facts file ("corpus.facts.json" → "corpus.timeline.json"). */
export function viewFile(factsFile: string, view: ViewName): string {
	return `${factsFile.replace(/\.facts\.json$/, '')}.${view}.json`;
}

interface ViewDataBase {
	format: typeof BANK_FORMAT;
	bank: string;
	version: string;
}

export interface TimelineData extends ViewDataBase {
	events: TimelineEvent[];
	/** buildTimeline(events), each account as its index in `events`. */
	periods: { id: string; label: string; lines: { accounts: number[]; datedDifferently: boolean }[] }[];
	/** timelinePeriods(events): the period filter's choices. */
	periodCounts: { id: string; count: number }[];
}

export interface PeopleData extends ViewDataBase {
	actors: ActorEntry[];
	positions: PositionEntry[];
	/** actorsBySide of every article: actors and their positions as indices. */
	sides: { side: string; actors: { actor: number; positions: number[] }[] }[];
}

export interface PositionsData extends ViewDataBase {
	/** Who holds the positions: what the page shows of them. */
	actors: PositionActor[];
	positions: PositionEntry[];
	/** positionsByIssue of every article, positions as indices. */
	issues: { id: string; title: string; sides: { side: string; positions: number[] }[] }[];
	/** placesWithOtherNames for every article (key "") and for each article that names a place (by its id). */
	places: Record<string, PlaceNames[]>;
	/** placesWithOtherNames for an article that names none of the places (only names the builder found elsewhere). */
	placesElsewhere: PlaceNames[];
}

function base(facts: BankFacts): ViewDataBase {
	return { format: facts.format, bank: facts.bank, version: facts.version };
}

function indexOf<T>(items: readonly T[]): (item: T) => number {
	const at = new Map(items.map((item, i) => [item, i]));
	return (item) => at.get(item)!;
}

export function timelineData(facts: BankFacts): TimelineData {
	const at = indexOf(facts.events);
	return {
		...base(facts),
		events: facts.events,
		periods: buildTimeline(facts.events).map((p) => ({
			id: p.id,
			label: p.label,
			lines: p.lines.map((l) => ({ accounts: l.accounts.map(at), datedDifferently: l.datedDifferently }))
		})),
		periodCounts: timelinePeriods(facts.events)
	};
}

/** The timeline of every article, as buildTimeline(data.events) gives it. */
export function timelineOf(data: TimelineData): TimelinePeriod[] {
	return data.periods.map((p) => ({
		id: p.id,
		label: p.label,
		lines: p.lines.map((l) => {
			const accounts = l.accounts.map((i) => data.events[i]);
			return { id: accounts[0].id, accounts, datedDifferently: l.datedDifferently };
		})
	}));
}

export function peopleData(facts: BankFacts): PeopleData {
	const actorAt = indexOf(facts.actors);
	const positionAt = indexOf(facts.positions);
	return {
		...base(facts),
		actors: facts.actors,
		positions: facts.positions,
		sides: actorsBySide(facts).map((g) => ({
			side: g.side,
			actors: g.actors.map((v) => ({ actor: actorAt(v.actor), positions: v.positions.map(positionAt) }))
		}))
	};
}

/** Who's who of every article, as actorsBySide(data) gives it. */
export function peopleOf(data: PeopleData): SideGroup[] {
	return data.sides.map((g) => ({
		side: g.side,
		actors: g.actors.map((v) => {
			const actor = data.actors[v.actor];
			return { actor, positions: v.positions.map((i) => data.positions[i]), mentions: actor.mentions, docs: actor.docs };
		})
	}));
}

export function positionsData(facts: BankFacts): PositionsData {
	const positionAt = indexOf(facts.positions);
	const docs = [...new Set(facts.places.flatMap((p) => p.mentions.map((m) => m.doc)))];
	const placesIn = (doc: string) => placesWithOtherNames(facts.places.map((p) => ({ ...p, mentions: p.mentions.filter((m) => m.doc === doc) })));
	const places: Record<string, PlaceNames[]> = { '': placesWithOtherNames(facts.places) };
	for (const doc of docs) places[doc] = placesIn(doc);
	return {
		...base(facts),
		actors: facts.actors.map((a) => ({ id: a.id, name: a.name, side: a.side })),
		positions: facts.positions,
		issues: positionsByIssue(facts).map((g) => ({
			id: g.id,
			title: g.title,
			sides: g.sides.map((s) => ({ side: s.side, positions: s.positions.map((v) => positionAt(v.position)) }))
		})),
		places,
		placesElsewhere: placesIn('')
	};
}

/** The positions of every article, as positionsByIssue(data) gives them. */
export function issuesOf(data: PositionsData): IssueGroup[] {
	const actors = new Map(data.actors.map((a) => [a.id, a]));
	return data.issues.map((g) => ({
		id: g.id,
		title: g.title,
		sides: g.sides.map((s) => ({
			side: s.side,
			positions: s.positions.map((i) => {
				const position = data.positions[i];
				const actor = actors.get(position.actor) ?? null;
				return { position, actor, side: actor?.side ?? 'other' };
			})
		}))
	}));
}

/** The places with two names for an article ("" for every article). */
export function placesOf(data: PositionsData, doc: string): PlaceNames[] {
	return Object.hasOwn(data.places, doc) ? data.places[doc] : data.placesElsewhere;
}

/** The files of every bank's views, from its facts. */
export function viewFiles(factsFile: string, facts: BankFacts): { path: string; text: string }[] {
	return [
		{ path: viewFile(factsFile, 'timeline'), text: JSON.stringify(timelineData(facts)) + '\n' },
		{ path: viewFile(factsFile, 'people'), text: JSON.stringify(peopleData(facts)) + '\n' },
		{ path: viewFile(factsFile, 'positions'), text: JSON.stringify(positionsData(facts)) + '\n' }
	];
}
