// Small facts for the views' tests: two articles that date the Singapore summit differently, one forecast.
import type { ActorEntry, BankFacts, DatePrecision, PlaceEntry, PositionEntry, SourceRef, TimelineEvent } from '$lib/format/bank-format';

export function source(doc: string, quote: string, start = 0): SourceRef {
	return { doc, quote, start, end: start + quote.length };
}

let n = 0;
export function event(date: string, precision: DatePrecision, doc: string, quote: string, more: Partial<TimelineEvent> = {}): TimelineEvent {
	return { id: `e${++n}`, date, precision, surface: date, label: null, forecast: false, source: source(doc, quote), questions: [], ...more };
}

export function actor(id: string, name: string, side: string, more: Partial<ActorEntry> = {}): ActorEntry {
	return { id, name, kind: 'person', side, role: '', aliases: [], docs: ['a'], mentions: [], questions: [], ...more };
}

export function position(actorId: string, stance: string, doc = 'a', questions: string[] = []): PositionEntry {
	return { id: `p${++n}`, actor: actorId, verb: 'said', stance, source: source(doc, `They said ${stance}.`), questions };
}

export function place(name: string, quotes: string[], otherNames: string[] = []): PlaceEntry {
	return { name, otherNames, category: 'land', docs: ['a'], mentions: quotes.map((q) => source('a', q)) };
}

export function facts(parts: Partial<BankFacts>): BankFacts {
	return { format: 1, bank: 'test', version: 'v', events: [], actors: [], positions: [], places: [], ...parts };
}
