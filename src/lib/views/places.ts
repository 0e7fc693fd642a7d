// Both names of every place: the other names the builder found, plus the ones a sentence gives in the form
// "known in Japan as the Northern Territories and in Russia as the South Kuril Islands" (which it does not read).
import type { PlaceEntry, SourceRef } from '$lib/format/bank-format';

export interface PlaceName {
	name: string;
	/** Who uses this name, when the sentence says ("Japan"). */
	usedBy: string | null;
}

export interface PlaceNames {
	/** The names, in the order the sentence gives them (the builder's name first when only it is known). */
	names: PlaceName[];
	/** The sentence that gives both names, when there is one. */
	source: SourceRef | null;
}

const NAME = String.raw`(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})`;
const KNOWN_AS = new RegExp(String.raw`known\s+in\s+(\p{Lu}\p{L}+)\s+as\s+${NAME}\s+and\s+in\s+(\p{Lu}\p{L}+)\s+as\s+${NAME}`, 'u');
const CALLS = new RegExp(String.raw`${NAME},?\s+which\s+(\p{Lu}\p{L}+)\s+calls?\s+${NAME}`, 'u');

/** The names a sentence gives one place, with who uses each, or null. */
export function namesInSentence(quote: string): PlaceName[] | null {
	const known = KNOWN_AS.exec(quote);
	if (known) return [{ name: known[2], usedBy: known[1] }, { name: known[4], usedBy: known[3] }];
	const calls = CALLS.exec(quote);
	if (calls) return [{ name: calls[1], usedBy: null }, { name: calls[3], usedBy: calls[2] }];
	return null;
}

/** Every place that has more than one name, each pair once. */
export function placesWithOtherNames(places: readonly PlaceEntry[]): PlaceNames[] {
	const out: PlaceNames[] = [];
	const seen = new Set<string>();
	const key = (names: string[]) => [...names].map((n) => n.toLowerCase()).sort().join('|');
	for (const place of places) {
		for (const m of place.mentions) {
			const names = namesInSentence(m.quote);
			if (!names || !names.some((n) => n.name === place.name)) continue;
			const k = key(names.map((n) => n.name));
			if (seen.has(k)) continue;
			seen.add(k);
			out.push({ names, source: m });
		}
		if (place.otherNames.length) {
			const names = [place.name, ...place.otherNames];
			const k = key(names);
			// A pair already found in a sentence is not listed again.
			if (seen.has(k) || [...seen].some((s) => names.every((n) => s.split('|').includes(n.toLowerCase())))) continue;
			seen.add(k);
			out.push({ names: names.map((name) => ({ name, usedBy: null })), source: place.mentions[0] ?? null });
		}
	}
	return out;
}
