// The timeline of a bank: its dated events in order, under a heading per period, and an event that two articles
// date differently shown as one line with both accounts side by side (never merged into one date).
import type { TimelineEvent } from '$lib/format/bank-format';
import { compareDates, datesCompatible, yearOf } from './dates';

/** One line of the timeline: one event, or the accounts of several articles that date the same event differently. */
export interface TimelineLine {
	/** Stable key: the id of its first account. */
	id: string;
	/** In chronological order; more than one only when the dates differ (each keeps its own date and source). */
	accounts: TimelineEvent[];
	/** The articles give different dates for it. */
	datedDifferently: boolean;
}

export interface TimelinePeriod {
	/** "1950s" or, for a crowded decade, a year ("2018"). */
	id: string;
	label: string;
	lines: TimelineLine[];
}

export interface TimelineFilter {
	/** Only events from this document. */
	doc?: string | null;
	/** Only this period (TimelinePeriod.id). */
	period?: string | null;
}

/** A decade with more events than this gets a heading per year instead. */
export const CROWDED_DECADE = 12;

// Words that say nothing about which event a sentence tells: sentence openers, months, titles, function words.
const STOP = new Set(
	(
		'a an and as at by for from in into of on or the to with was were is are be been has have had its it this that these those their ' +
		'he she they his her them who which when while after before since during also but not no than then there ' +
		'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
		'prime minister president foreign russian japanese japan russia mr mrs ms year years month later last next'
	).split(' ')
);

/** The words that identify an event in its sentence: names and content words, no dates or numbers. */
export function eventWords(event: Pick<TimelineEvent, 'label' | 'source'>): Set<string> {
	const text = event.label ?? event.source.quote;
	const words = text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
	return new Set(words.filter((w) => w.length > 2 && !STOP.has(w)));
}

/** Shared words over the smaller set: 1 when one sentence's identifying words are all in the other's. */
function overlap(a: Set<string>, b: Set<string>): { shared: number; ratio: number } {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return { shared, ratio: shared / Math.max(1, Math.min(a.size, b.size)) };
}

/**
 * Two accounts tell the same event dated differently when they come from different articles, their dates differ
 * but can name the same moment ("2018-11" and "2018-11-14"; or two years a year apart), and most identifying words
 * of one are in the other.
 */
export function sameEventDatedDifferently(a: TimelineEvent, b: TimelineEvent, words = new Map<string, Set<string>>()): boolean {
	if (a.source.doc === b.source.doc || a.date === b.date) return false;
	const { shared, ratio } = overlap(words.get(a.id) ?? eventWords(a), words.get(b.id) ?? eventWords(b));
	if (datesCompatible(a.date, b.date)) return shared >= 3 && ratio >= 0.6;
	// "1955" and "1956": only two year-precise dates, with stronger evidence that it is the same event.
	return a.precision === 'year' && b.precision === 'year' && Math.abs(yearOf(a.date) - yearOf(b.date)) === 1 && shared >= 3 && ratio >= 0.75;
}

/**
 * Each event once: the builder can write one event twice under one id (a sentence that names the same decade
 * twice, "early 1990s … mid- to late-1990s"); the page keys lines by id.
 */
export function uniqueEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
	const seen = new Set<string>();
	return events.filter((e) => !seen.has(e.id) && !!seen.add(e.id));
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
	return compareDates(a.date, b.date) || a.source.doc.localeCompare(b.source.doc) || a.source.start - b.source.start;
}

/**
 * The events in order, an event that articles date differently as one line. An account joins a line only if it
 * matches every account already there and its article has none there yet (no chains of look-alikes).
 */
export function timelineLines(events: readonly TimelineEvent[]): TimelineLine[] {
	const sorted = uniqueEvents(events).sort(byDate);
	const words = new Map(sorted.map((e) => [e.id, eventWords(e)]));
	const groups: TimelineEvent[][] = [];
	for (const e of sorted) {
		const home = groups.find((g) => g.every((o) => sameEventDatedDifferently(o, e, words)));
		if (home) home.push(e);
		else groups.push([e]);
	}
	const lines = groups.map((accounts) => ({ id: accounts[0].id, accounts, datedDifferently: accounts.length > 1 }));
	// A line sits where its most precise account puts it.
	return lines.sort((a, b) => byDate(lineDate(a), lineDate(b)));
}

const PRECISION = { decade: 0, year: 1, month: 2, day: 3 } as const;

/** The line's place on the timeline: its most precise account. */
export function lineDate(line: TimelineLine): TimelineEvent {
	return line.accounts.reduce((best, a) => (PRECISION[a.precision] > PRECISION[best.precision] ? a : best));
}

function decadeOf(date: string): string {
	const y = yearOf(date);
	return Number.isNaN(y) ? 'undated' : `${Math.floor(y / 10) * 10}s`;
}

/** The periods of a set of events: decades, a crowded decade split into its years. Ids in chronological order. */
export function periodOf(events: readonly TimelineEvent[]): (event: TimelineEvent) => string {
	const perDecade = new Map<string, number>();
	for (const e of events) perDecade.set(decadeOf(e.date), (perDecade.get(decadeOf(e.date)) ?? 0) + 1);
	return (e) => {
		const decade = decadeOf(e.date);
		// A decade-precise event in a split decade stays under the decade's own heading.
		if ((perDecade.get(decade) ?? 0) > CROWDED_DECADE && e.precision !== 'decade') return String(yearOf(e.date));
		return decade;
	};
}

/** The timeline for the filter: events of one article and/or one period, in periods, in order. */
export function buildTimeline(events: readonly TimelineEvent[], filter: TimelineFilter = {}): TimelinePeriod[] {
	// Periods come from all the events, so choosing an article does not rename the periods.
	const period = periodOf(events);
	const kept = events.filter((e) => (!filter.doc || e.source.doc === filter.doc) && (!filter.period || period(e) === filter.period));
	const periods = new Map<string, TimelineLine[]>();
	for (const line of timelineLines(kept)) {
		const id = period(lineDate(line));
		periods.set(id, [...(periods.get(id) ?? []), line]);
	}
	return [...periods].map(([id, lines]) => ({ id, label: id, lines }));
}

/** Every period of the events, in order, with how many events each holds (for the period filter). */
export function timelinePeriods(events: readonly TimelineEvent[]): { id: string; count: number }[] {
	const period = periodOf(events);
	const counts = new Map<string, number>();
	for (const e of uniqueEvents(events).sort(byDate)) counts.set(period(e), (counts.get(period(e)) ?? 0) + 1);
	return [...counts].map(([id, count]) => ({ id, count }));
}

/** The question ids of a line, each once. */
export function lineQuestions(line: TimelineLine): string[] {
	return [...new Set(line.accounts.flatMap((a) => a.questions))];
}
