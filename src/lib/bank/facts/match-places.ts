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

/** What the text calls a place with no sort in its name: "Ilinsky volcano", "the town of Nibutani", "Governor of Kamchatka". */
const NAME = String.raw`\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}`;
const LIST = String.raw`((?:${NAME})(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:${NAME}))*)`;
const SORT_CUES: { sort: string; re: RegExp; side: 'before' | 'after' }[] = [
	{ sort: 'mountain', side: 'after', re: new RegExp(String.raw`(${NAME})\s+(?:volcano|stratovolcano|caldera|crater|massif)\b`, 'gu') },
	{ sort: 'mountain', side: 'before', re: new RegExp(String.raw`\b(?:volcano(?:es)?|stratovolcano(?:es)?)\s+${LIST}`, 'gu') },
	{ sort: 'region', side: 'before', re: new RegExp(String.raw`\b(?:[Gg]overnor|[Rr]egion|[Pp]rovince|[Pp]refecture|[Oo]blast|[Kk]rai|[Dd]istrict|[Cc]ounty|[Pp]eninsula) of\s+(?:the\s+)?(${NAME})`, 'gu') },
	// "Kamchatka region"; "Khabarovsk Krai" is another place's name, and says nothing of Khabarovsk.
	{ sort: 'region', side: 'after', re: new RegExp(String.raw`(${NAME})\s+(?:region|province|peninsula)\b`, 'gu') },
	{ sort: 'region', side: 'after', re: new RegExp(String.raw`(${NAME}),\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:region|province|peninsula)\b`, 'gu') },
	{ sort: 'city', side: 'before', re: new RegExp(String.raw`\b(?:city|town|village|port|capital|settlement|hamlet) of\s+(${NAME})`, 'gu') },
	{ sort: 'city', side: 'after', re: new RegExp(String.raw`(${NAME}),\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:city|town|village|port|capital|settlement)\b`, 'gu') },
	{ sort: 'island', side: 'before', re: new RegExp(String.raw`\b(?:island|islet) of\s+(${NAME})`, 'gu') }
];

/**
 * For places whose name says nothing of their sort ("Kamchatka", "Ilinsky", "Magadan"), the sort the documents
 * give them, by most cues; places with no cue are left out (their sort stays what their name says). One pass
 * over the text per cue, whatever the number of places.
 */
export function placeSortsFromText(texts: readonly string[], names: readonly string[]): Map<string, string> {
	const bare = new Set(names.filter((n) => placeSort(n) === 'city' && !lookupCountry(n)));
	const votes = new Map<string, Map<string, number>>();
	const vote = (name: string, sort: string) => {
		const v = votes.get(name) ?? new Map<string, number>();
		v.set(sort, (v.get(sort) ?? 0) + 1);
		votes.set(name, v);
	};
	for (const text of texts)
		for (const cue of SORT_CUES)
			for (const m of text.matchAll(cue.re))
				for (const item of m[1].split(/,\s+(?:and\s+)?|\s+and\s+/)) {
					// The name nearest the cue: "Governor of Kamchatka Krai" → "Kamchatka Krai" or "Kamchatka".
					const words = item.split(/\s+/);
					for (let k = words.length; k >= 1; k--) {
						const name = (cue.side === 'before' ? words.slice(0, k) : words.slice(words.length - k)).join(' ');
						if (bare.has(name)) {
							vote(name, cue.sort);
							break;
						}
					}
				}
	const out = new Map<string, string>();
	for (const [name, v] of votes) out.set(name, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
	return out;
}
