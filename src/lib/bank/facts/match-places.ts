/**
 * Place mentions: the places the actor finder read in the documents ("Kuril Islands", "Sea of Okhotsk",
 * "Singapore"), as whole words, longest first, never inside a compound ("Japan-Russia") or an adjective.
 */
import type { FoundPlace } from './find-actors';
import { lookupCountry, PLACE_HEADS } from './gazetteer';

/** What a place is, so a distractor is the same sort of place: a country, a city, islands, a sea … */
export type PlaceCategory = 'country' | 'city' | 'land' | 'water' | 'region';

export interface PlaceMention {
	name: string;
	category: PlaceCategory;
	start: number;
	end: number;
}

const WATER = new Set(['Sea', 'Ocean', 'Strait', 'Straits', 'Bay', 'Gulf', 'River', 'Lake', 'Channel']);

export function placeCategory(name: string): PlaceCategory {
	const hit = lookupCountry(name);
	if (hit) return hit.as === 'seat' ? 'city' : 'country';
	const words = name.split(' ');
	if (words.some((w) => WATER.has(w))) return 'water';
	if (words.some((w) => PLACE_HEADS.has(w))) return words.some((w) => /^(?:Prefecture|Province|Region|Oblast|Krai|Territory|Territories|Coast)$/.test(w)) ? 'region' : 'land';
	return 'city';
}

/** A finer sort, for distractors only: a sea for a sea, a lake for a lake, a mountain for a mountain. */
export function placeSort(name: string): string {
	const words = name.split(' ');
	const has = (re: RegExp) => words.some((w) => re.test(w));
	if (has(/^(?:Sea|Ocean|Strait|Straits|Channel)$/)) return 'sea';
	if (has(/^Lake$/)) return 'lake';
	if (has(/^River$/)) return 'river';
	if (has(/^(?:Bay|Gulf)$/)) return 'bay';
	if (has(/^(?:Island|Islands|Isles|Isle|Archipelago)$/)) return 'island';
	if (has(/^(?:Peninsula)$/)) return 'peninsula';
	if (has(/^(?:Mount|Mt\.|Mountain|Mountains|Volcano)$/)) return 'mountain';
	return placeCategory(name);
}

function escape(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface PlaceMatcher {
	find(text: string): PlaceMention[];
	places: readonly { name: string; category: PlaceCategory; docs: readonly string[] }[];
}

export function makePlaceMatcher(found: readonly FoundPlace[]): PlaceMatcher {
	const places = found.map((p) => ({ ...p, category: placeCategory(p.name) }));
	const names = places.map((p) => p.name).sort((a, b) => b.length - a.length);
	const re = names.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu') : null;
	const byName = new Map(places.map((p) => [p.name, p]));
	return {
		places,
		find(text) {
			if (!re) return [];
			return [...text.matchAll(re)].map((m) => ({ name: m[0], category: byName.get(m[0])!.category, start: m.index, end: m.index + m[0].length }));
		}
	};
}
