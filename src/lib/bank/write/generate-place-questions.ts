/**
 * Place questions: which place fills the blank (typed and choice). Distractors are places of the same sort
 * (islands for islands, a sea for a sea, a city for a city) named in the documents themselves. The places an
 * article is about (its two most-named countries) are never blanked: "Japan" in an article on Japan is no
 * question. Where the text gives a second name in brackets ("Iturup (Etorofu)"), both are accepted and shown.
 */
import type { Candidate } from '../candidate';
import type { AnalyzedSentence } from '../facts/analyze-document';
import type { PlaceMatcher, PlaceMention } from '../facts/match-places';
import { placeCategory, placeSort, placeSortsFromText } from '../facts/match-places';
import { blankOut, tidySentence, makeCandidate, makeChoices, shuffleBy } from './make-candidate';
import { lookupCountry } from '../facts/gazetteer';

/** Country names said with "the". */
const THE = /^(?:United States|United Kingdom|Netherlands|Philippines|Soviet Union|European Union|Czech Republic|Republic of Korea)$/;

function canonical(name: string): string {
	return lookupCountry(name)?.country.name ?? name;
}

/** Per article, the places it names most: asking about them tests nothing. */
function mainPlaces(sentences: readonly AnalyzedSentence[]): Map<string, Set<string>> {
	const counts = new Map<string, Map<string, number>>();
	for (const s of sentences)
		for (const p of s.places) {
			if (p.category !== 'country') continue;
			const c = counts.get(s.doc) ?? new Map<string, number>();
			c.set(p.name, (c.get(p.name) ?? 0) + 1);
			counts.set(s.doc, c);
		}
	const out = new Map<string, Set<string>>();
	for (const [doc, c] of counts)
		out.set(doc, new Set([...c].filter((x) => x[1] >= 3).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map((x) => x[0])));
	return out;
}

/** "Iturup (Etorofu)" or "Etorofu, known in Russia as Iturup": the other name the text gives. */
function otherName(s: AnalyzedSentence, p: PlaceMention): string | null {
	const after = s.text.slice(p.end);
	const m = /^\s*\((?:or |also |in Russian |in Japanese |Russian: |Japanese: )?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+){0,2})\)/u.exec(after) ??
		/^,\s+(?:known|called)\s+(?:in \p{Lu}[\p{L}]+\s+)?as\s+(?:the\s+)?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+){0,2})/u.exec(after);
	// "Lapland (Finland)": a country in brackets says where, not another name.
	return m && !lookupCountry(m[1]) ? m[1] : null;
}

/** Words after a place that keep it a place ("in Singapore on the sideline"), not a modifier ("a US ally"). */
const FUNCTION_WORDS =
	/^(?:and|or|but|in|on|at|to|from|with|by|for|of|as|over|under|near|into|onto|through|during|after|before|since|until|where|which|that|who|while|when|is|was|are|were|has|had|have|will|would|could|should|may|might|can|the|a|an|its|their|his|her|off|across|along|between|because|than|then|so|yet|is)$/;

/**
 * A country or a city is a place only where the text puts something in it or moves to it ("met in Singapore",
 * "troops from Japan"); as a subject it stands for a government ("Tokyo believes …") and is no place question.
 * Any place used as a modifier ("the Crimea crisis", "a US ally", "Moscow-Tokyo deal") is skipped.
 */
export function readsAsPlace(text: string, p: PlaceMention): boolean {
	const after = text.slice(p.end);
	if (/^[-–][\p{L}]/u.test(after) || /^[’']s\b/.test(after)) return false;
	const next = /^\s+([a-z]+)/.exec(after)?.[1];
	if (next && !FUNCTION_WORDS.test(next)) return false;
	// "the Sakhalin Ainu community": a place before a capitalised word qualifies it (a longer name would have matched).
	if (/^\s+\p{Lu}\p{Ll}/u.test(after) && !/^\s+(?:In|On|At|And|But|The|A|An|As|For|After|Before|When|While|During|Since)\b/.test(after)) return false;
	if (p.category !== 'country' && p.category !== 'city') return true;
	return /\b(?:in|at|to|from|near|off|across|around|into|toward|towards|visit|visited|visiting|via|throughout|within|outside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, p.start - 20), p.start));
}

/** "the South Kuril Islands, which Japan calls the Northern Territories": other names the documents give. */
export function otherNames(sentences: readonly AnalyzedSentence[]): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const add = (a: string, b: string) => {
		out.set(a, (out.get(a) ?? new Set()).add(b));
		out.set(b, (out.get(b) ?? new Set()).add(a));
	};
	for (const s of sentences)
		for (const p of s.places) {
			const other = otherName(s, p);
			if (other) add(p.name, other);
			const calls = /^,?\s+(?:which|what)\s+(?:\p{Lu}[\p{L}]+|the \p{Lu}[\p{L}]+ side)\s+calls?\s+(?:the\s+)?([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+){0,2})/u.exec(s.text.slice(p.end));
			if (calls) add(p.name, calls[1]);
		}
	return out;
}

/** Places joined by hyphens into one name: "New York-New Jersey-Connecticut", "Moscow-Tokyo". */
const COMPOUND = /\p{L}-\p{Lu}/u;

export function generatePlaceQuestions(sentences: readonly AnalyzedSentence[], places: PlaceMatcher): Candidate[] {
	const out: Candidate[] = [];
	const main = mainPlaces(sentences);
	const aka = otherNames(sentences);
	// "Kamchatka" (a region), "Ilinsky" (a volcano), "Magadan" (no cue): the sort the documents give a bare name.
	const cued = placeSortsFromText(sentences.map((s) => s.text), places.places.map((p) => p.name));
	const sortOf = (name: string) => cued.get(name) ?? placeSort(name);
	for (const s of sentences) {
		const here = new Set(s.places.map((p) => p.name));
		for (const p of s.places) {
			// Once in the sentence, not one of the article's own countries, not in a compound or possessive-free adjective.
			if (s.places.filter((x) => x.name === p.name).length > 1 || main.get(s.doc)?.has(p.name)) continue;
			const other = otherName(s, p);
			if (other) {
				// Both names of a place: the card asks for the one the text gives second (the blank would show it).
				out.push(
					makeCandidate({
						kind: 'place',
						type: 'flashcard',
						form: 'other-name',
						prompt: `What other name does ${s.attribution} give for ${p.name}?`,
						answer: other,
						fact: other,
						sentence: s,
						explanation: `${p.name} is also called ${other}.`
					})
				);
				continue;
			}
			if (!readsAsPlace(s.text, p)) continue;
			// "the Trump administration in the _____": a person of that country beside the blank names it.
			const country = lookupCountry(p.name)?.country.name;
			const countryman = country ? s.actors.find((m) => m.actor.kind === 'person' && m.actor.side === country) : undefined;
			const giveaway = countryman ? `${countryman.actor.name} (${country}) in the prompt points to ${p.name}` : undefined;
			// A distractor must read as the answer does: "in the _____" takes "the United States", "in _____" "Singapore".
			const withThe = /\bthe\s+$/i.test(s.text.slice(0, p.start));
			const label = (name: string) => (placeCategory(name) === 'country' ? canonical(name) : name);
			const fits = (name: string) => placeCategory(name) !== 'country' || THE.test(label(name)) === withThe;
			const blanked = tidySentence(blankOut(s.text, p.start, p.end));
			// Both names wherever the documents give both: either is right, and the answer shows the other.
			const names = [...(aka.get(p.name) ?? [])];
			const base = {
				kind: 'place' as const,
				answer: p.name,
				fact: p.name,
				sentence: s,
				accept: names,
				aliases: names,
				giveaway,
				...(names.length ? { explanation: `${p.name} is also called ${names.join(' or ')} in the documents.` } : {})
			};
			if (names.some((n) => s.text.includes(n))) continue;
			// A typed blank for a place has many right fills ("the disputed islands", "the Northern Territories"):
			// places are asked as a choice only.
			const { accept: _accept, ...choiceBase } = base;
			// "the _____ near Crimea", "in the _____ in the northern Indian Ocean": another place beside the blank
			// locates it, and a student who knows the map needs no article.
			const located = /^\s*,?\s*(?:near|off|in|of|north of|south of|east of|west of|between)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?\p{Lu}/u.test(s.text.slice(p.end));
			if (located && p.category !== 'country' && p.category !== 'city') continue;
			// "in the Azov Sea near _____": a place just before, tied to the blank by "near", locates it too.
			const tiedBefore = /\b(?:near|off|north of|south of|east of|west of|close to)\s+(?:the\s+)?$/.test(s.text.slice(0, p.start)) && s.places.some((o) => o.end <= p.start && p.start - o.end < 12);
			if (tiedBefore) continue;
			// "Portsmouth, New Hampshire", "Nibutani (Ainu: Niputay)": what follows the blank names or locates it.
			if (/^\s*(?:,\s*\p{Lu}|\()/u.test(s.text.slice(p.end))) continue;
			// One entry per real place: "US", "U.S." and "United States" are one country, and none is the answer.
			const taken = new Set([...here].map(canonical));
			const seen = new Set<string>();
			const distractors = shuffleBy(
				// "New York-New Jersey-Connecticut": a compound of places is no choice beside one place.
				places.places.filter((x) => sortOf(x.name) === sortOf(p.name) && !taken.has(canonical(x.name)) && !x.name.includes(p.name) && !p.name.includes(x.name) && (COMPOUND.test(p.name) || !COMPOUND.test(x.name))),
				s.text + p.name,
				(x) => x.name
			)
				.filter((x) => fits(x.name) && !seen.has(canonical(x.name)) && !names.includes(x.name) && !!seen.add(canonical(x.name)))
				// Places the same article names first: "Sakhalin" beside "the Kuril Islands", not "Easter Island"
				// from another document, which a student rules out by the map alone.
				.sort((a, b) => Number(b.docs.includes(s.doc)) - Number(a.docs.includes(s.doc)))
				.slice(0, 3);
			if (distractors.filter((x) => x.docs.includes(s.doc)).length < 2) continue;
			if (distractors.length === 3)
				out.push(
					makeCandidate({
						...choiceBase,
						type: 'choice',
						form: 'choice-place',
						prompt: `Which place fills the blank, according to ${s.attribution}? ${blanked}`,
						choices: makeChoices(p.name, distractors.map((x) => label(x.name)), s.text)
					})
				);
		}
	}
	return out;
}
