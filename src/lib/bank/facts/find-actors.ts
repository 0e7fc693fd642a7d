/**
 * Actors found in the text itself, with no hand-made list: people ("Japanese Foreign Minister Taro Kono"),
 * governments (a capital or "the Russian side" standing for one), organisations and companies (a proper name
 * ending in "Club", "Ministry", "Corporation" …). Parts of speech come from wink-nlp (tag-tokens.ts); the rest
 * is rules over them:
 * - a run of capitalised proper nouns is a name; nationality words and titles before it give its side and
 *   role; so do "his Russian counterpart Sergey Lavrov" and "Taro Kono, Japan's foreign minister";
 * - a surname, or a title with a surname ("President Putin"), is the person with that full name; two
 *   spellings of one first name ("Sergei" / "Sergey" Lavrov) are one person;
 * - the sides of people are voted on over every mention in the corpus.
 * questions/actors.yaml, when present, corrects what is found here (merge-actors.ts).
 */
import type { Actor, ActorKind } from '../read/load-actors';
import type { Token } from './tag-tokens';
import { tagTokens } from './tag-tokens';
import { COUNTRIES, HONORIFICS, NOT_NAMES, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, THING_HEADS, TITLES, lookupCountry } from './gazetteer';
import type { Country } from './gazetteer';

export interface ActorSentence {
	doc: string;
	text: string;
	/** Words the document writes in lower case: a capitalised "Officials" opening a sentence is no name. */
	lowercaseWords: { has(word: string): boolean };
}

/** A place named in the text: "Kuril Islands", "Sea of Okhotsk", a country or a city. */
export interface FoundPlace {
	name: string;
	docs: string[];
}

export interface FoundActors {
	actors: Actor[];
	places: FoundPlace[];
}

interface PersonDraft {
	name: string;
	surfaces: Set<string>;
	sides: Map<string, number>;
	titles: Map<string, number>;
	docs: Set<string>;
	/** Mentions by full name. */
	count: number;
	/** Mentions that read as a thing's name: "the Babad Lombok", "an El Nino event", "the Segara Anak caldera". */
	things?: number;
}

interface OrgDraft {
	name: string;
	kind: ActorKind;
	surfaces: Set<string>;
	sides: Map<string, number>;
	docs: Set<string>;
}

const CAP = /^\p{Lu}/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

function slug(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

function vote(map: Map<string, number>, key: string | undefined, weight = 1): void {
	if (key) map.set(key, (map.get(key) ?? 0) + weight);
}

function top(map: Map<string, number>): string | undefined {
	let best: string | undefined;
	let n = 0;
	for (const [k, v] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
		if (v > n) {
			best = k;
			n = v;
		}
	return best;
}

/** First words of titles: "Foreign" opening a sentence is "Foreign Minister …", even where the text writes "foreign". */
const TITLE_STARTS = new Set(TITLES.map((t) => t.split(' ')[0]));

/** Tokens that can be part of a name: capitalised proper nouns (and capitalised nouns inside a name). */
function nameToken(t: Token, i: number, s: ActorSentence, inRun: boolean): boolean {
	if (!CAP.test(t.text) || !NAME_WORD.test(t.text)) return false;
	if (t.pos === 'PROPN') return i > 0 || inRun || !s.lowercaseWords.has(t.text.toLowerCase()) || !!lookupCountry(t.text) || TITLE_STARTS.has(t.text);
	// "Discussion" in "Valdai Discussion Club": a capitalised common word inside a run, never opening a sentence.
	return (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'X') && i > 0 && !s.lowercaseWords.has(t.text.toLowerCase());
}

interface Run {
	words: string[];
	start: number;
	end: number;
	/** Index of the first and last token. */
	first: number;
	last: number;
}

/** Maximal runs of name tokens; "of", "for", "&", "de" join two runs ("Ministry of Foreign Affairs"). */
function runsOf(tokens: Token[], s: ActorSentence): Run[] {
	const runs: Run[] = [];
	let i = 0;
	while (i < tokens.length) {
		if (!nameToken(tokens[i], i, s, false)) {
			i++;
			continue;
		}
		const first = i;
		while (i < tokens.length) {
			if (nameToken(tokens[i], i, s, true)) i++;
			// "Self-Defense": a hyphen with no space around it joins two capitalised words.
			else if (tokens[i].text === '-' && i + 1 < tokens.length && tokens[i].start === tokens[i - 1].end && tokens[i + 1].start === tokens[i].end && nameToken(tokens[i + 1], i + 1, s, true)) i += 2;
			else if (/^(?:of|for|&|de|von|van|al|bin)$/.test(tokens[i].text) && i + 1 < tokens.length && nameToken(tokens[i + 1], i + 1, s, true) && tokens[i].start === tokens[i - 1].end + 1)
				i++;
			else break;
		}
		const last = i - 1;
		// "Shū", "Niño": a letter the tokenizer split off still belongs to the word.
		let end = tokens[last].end;
		while (end < s.text.length && /[\p{L}\p{M}]/u.test(s.text[end])) end++;
		const words: string[] = [];
		for (let k = first; k <= last; k++) {
			const t = tokens[k];
			if (words.length && (t.text === '-' || tokens[k - 1].text === '-') && t.start === tokens[k - 1].end) words[words.length - 1] += t.text;
			else words.push(t.text);
		}
		if (end > tokens[last].end) words[words.length - 1] += s.text.slice(tokens[last].end, end);
		// "Wong Kwok-kin", "Leung Che-cheung": a given name's second syllable after a hyphen, in lower case.
		const syllable = words.length >= 2 && words[words.length - 1].length <= 5 ? /^-(\p{Ll}{2,8})(?![\p{L}-])/u.exec(s.text.slice(end)) : null;
		if (syllable && !HYPHEN_SUFFIXES.test(syllable[1])) {
			words[words.length - 1] += syllable[0];
			end += syllable[0].length;
		}
		runs.push({ words, start: tokens[first].start, end, first, last });
	}
	return runs;
}

/** Words that make a compound adjective, not a name: "Moscow-backed", "Soviet-era". */
const HYPHEN_SUFFIXES = /^(?:based|backed|led|era|style|born|owned|run|made|funded|linked|friendly|controlled|held|sponsored|bound|wide|free|like|related|centred|centered|oriented|speaking|occupied|allied|aligned|type|class|level|scale)$/;

/** Last words of a title, whatever comes before them ("Home Secretary", "Chief Executive Officer"). */
const TITLE_HEADS = new Set(
	'Commodore Shogun Minister Secretary President Premier Chancellor Ambassador Governor Senator Mayor Director Chairman Chairwoman Chair Commissioner Spokesman Spokeswoman Spokesperson Officer Executive Leader Speaker General Admiral Colonel Captain Commander Judge Justice Emperor Empress King Queen Prince Princess Pope Bishop Archbishop Professor Envoy Representative Councillor Councilor Attorney Inspector Superintendent Marshal Lieutenant Sergeant Chief'.split(' ')
);

/**
 * The longest title at the start of `words`: a listed one ("Prime Minister", "Mr."), or capitalised words up
 * to a title head ("Home Secretary", "Shadow Foreign Secretary"), leaving at least one word for the name.
 */
function titleAt(words: readonly string[]): string | null {
	let head = -1;
	for (let i = 0; i < words.length - 1; i++) if (TITLE_HEADS.has(words[i])) head = i;
	if (head >= 0 && !words.slice(0, head).some((w) => w === 'of' || ORG_HEADS.has(w))) return words.slice(0, head + 1).join(' ');
	for (const t of TITLES) {
		const parts = t.split(' ');
		if (parts.length < words.length && parts.every((p, k) => words[k] === p)) return t;
	}
	return null;
}

const APPOSITIVE = /^,\s+(?:(?:the|a|an)\s+)?(?:([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)(?:['’]s)?\s+)?((?:deputy |vice |former |then[- ])?(?:prime minister|foreign minister|defen[cs]e minister|president|premier|chancellor|ambassador|minister|foreign ministry spokes(?:man|woman|person)|spokes(?:man|woman|person)|secretary of state))\b/u;

function capitalise(title: string): string {
	return title.replace(/\b(?!of\b)\p{L}/gu, (c) => c.toUpperCase());
}

export function findActors(sentences: readonly ActorSentence[]): FoundActors {
	const people = new Map<string, PersonDraft>();
	/** Mentions by surname alone or title + surname, resolved once every full name is known. */
	const short: { surname: string; surface: string; title: string | null; side?: string; doc: string }[] = [];
	const orgs = new Map<string, OrgDraft>();
	const governments = new Map<string, { country: Country; surfaces: Set<string>; docs: Set<string>; count: number }>();
	const places = new Map<string, Set<string>>();
	const related: { person: PersonDraft; surname: string }[] = [];
	const maybePlaces: { name: string; doc: string }[] = [];
	/** Mentions read as a place ("in Hong Kong"): a name used so as often as not is no person. */
	const placeLike = new Map<string, number>();

	const government = (c: Country, surface: string, doc: string) => {
		const g = governments.get(c.name) ?? { country: c, surfaces: new Set<string>(), docs: new Set<string>(), count: 0 };
		g.count++;
		g.surfaces.add(surface);
		g.docs.add(doc);
		governments.set(c.name, g);
	};
	const place = (name: string, doc: string) => places.set(name, (places.get(name) ?? new Set()).add(doc));

	for (const s of sentences) {
		const tokens = tagTokens(s.text);
		// "the Russian side", "Japanese government": a government by its adjective.
		for (const m of s.text.matchAll(/\b(?:the\s+)?(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}]+)?)\s+(government|side|authorities|leadership)\b/gu)) {
			const hit = lookupCountry(m[1]);
			if (hit && hit.as !== 'seat') government(hit.country, m[0].replace(/^the\s+/, ''), s.doc);
		}
		let consumed = 0;
		for (const run of runsOf(tokens, s)) {
			if (run.start < consumed) continue;
			// "Japan Oil, Gas, and Metals National Corporation": a listed name whose last part ends in a head word.
			const listed = /^((?:,\s+\p{Lu}[\p{L}]+)+,?\s+and\s+\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)*)/u.exec(s.text.slice(run.end));
			if (listed && ORG_HEADS.has(listed[1].split(/\s+/).pop()!)) {
				const name = s.text.slice(run.start, run.end + listed[1].length);
				const kind = ORG_HEADS.get(listed[1].split(/\s+/).pop()!)!;
				const o = orgs.get(name) ?? { name, kind, surfaces: new Set<string>(), sides: new Map(), docs: new Set<string>() };
				o.surfaces.add(name);
				vote(o.sides, lookupCountry(run.words[0])?.country.name);
				o.docs.add(s.doc);
				orgs.set(name, o);
				consumed = run.end + listed[1].length;
				continue;
			}
			let words = run.words;
			if (words[0] === 'The') words = words.slice(1);
			if (!words.length) continue;
			const before = tokens.slice(Math.max(0, run.first - 3), run.first);
			const after = s.text.slice(run.end);
			const full = words.join(' ').replace(/ (?=[&])|(?<=&) /g, ' ');
			// A country, a capital or a seat of power.
			const whole = lookupCountry(full);
			if (whole) {
				// "Moscow insists", "Tokyo's position" stand for a government; "in Moscow" is a place.
				const prev = tokens[run.first - 1];
				if (whole.as === 'seat' && (!prev || (prev.pos !== 'ADP' && !/^(?:visit|visited|visiting|to)$/i.test(prev.text)))) government(whole.country, full, s.doc);
				if (whole.as !== 'demonym') place(whole.country.name === full || whole.as === 'seat' ? full : full, s.doc);
				continue;
			}
			// Nationality words first ("Japanese Foreign Minister …"), or a country's possessive before the run.
			let side: string | undefined;
			let rest = words;
			while (rest.length > 1) {
				const hit = lookupCountry(rest[0]);
				if (!hit || hit.as !== 'demonym') break;
				side = hit.country.name;
				rest = rest.slice(1);
			}
			const possessive = before.length >= 2 && /^['’]s$/.test(before[before.length - 1].text) ? lookupCountry(before[before.length - 2].text) : undefined;
			if (!side && possessive) side = possessive.country.name;
			const last = rest[rest.length - 1];
			// "Mitsubishi Type 73", "Boeing 747": a model's name, not an actor's.
			if (/^\s?\d/.test(after)) continue;
			// "the Eastern Front": a front of a war, not the "Popular Front" party.
			if (/^(?:Eastern|Western|Northern|Southern|Southwestern|Italian|Russian|Pacific|Home) Front$/.test(words.join(' '))) continue;
			// Organisations: a head word ends the name or opens "Ministry of …".
			const headKind = ORG_HEADS.get(last) ?? (rest.includes('of') ? ORG_HEADS.get(rest[0]) : undefined);
			if (headKind && rest.length > 1 && !titleAt(rest)) {
				const name = words.join(' ');
				if (!side) side = words.map((w) => lookupCountry(w)?.country.name).find(Boolean);
				const o = orgs.get(name) ?? { name, kind: headKind, surfaces: new Set<string>(), sides: new Map(), docs: new Set<string>() };
				o.surfaces.add(name);
				// "North Atlantic Treaty Organization (NATO)": the short form the text gives is the same name.
				const short = ACRONYM_AFTER.exec(after)?.[1];
				if (short && initialsOf(words).includes(short.replace(/[.&]/g, '').charAt(0))) o.surfaces.add(short);
				vote(o.sides, side);
				o.docs.add(s.doc);
				orgs.set(name, o);
				continue;
			}
			// "Mount Samalas", "Port Hamilton", "San Francisco": a place by its first word.
			// (Not "New York State Department of Environmental Conservation": an office of a place is no place.)
			if (rest.length > 1 && /^(?:Mount|Mt\.|Port|Fort|Lake|Cape|Cap|Gulf|Bay|Isle|Point|San|Santa|Los|Las|New|Saint|St\.|Sankt)$/.test(rest[0]) && !rest.some((w) => /^(?:Department|Ministry|Office|Agency|Bureau|Commission|Council|Authority|Board|Committee|Police|University|College|School|Times|Post|Company|Corporation|Bank)$/.test(w))) {
				place(rest.join(' '), s.doc);
				continue;
			}
			if (PLACE_HEADS.has(last) || (rest.length > 1 && rest[1] === 'of' && PLACE_HEADS.has(rest[0]))) {
				if (rest.length > 1) place(rest.join(' '), s.doc);
				continue;
			}
			// People: an optional title, then one to four name words.
			const title = titleAt(rest);
			const nameWords = title ? rest.slice(title.split(' ').length) : rest;
			if (!nameWords.length || nameWords.length > 4) continue;
			// Names are in Latin script here, and a surname is no abstract noun ("Meiji Restoration").
			if (!nameWords.every((w) => /^\p{Script=Latin}/u.test(w)) || /(?:tion|sion|ment|ness|ity|ism|ship|ance|ence|ology|ics|ure|dom)$/.test(nameWords[nameWords.length - 1])) continue;
			// "The Harris Poll": a capitalised word right after the run means the name goes on.
			if (/^\s+\p{Lu}\p{Ll}/u.test(after) && !/^\s+(?:On|In|At|And|But|As|For|The)\b/.test(after)) continue;
			// "Mitochondrial DNA": no name word is an acronym or an adjective in -ial/-ical.
			if (nameWords.some((w) => /^\p{Lu}{2,}$/u.test(w) || /(?:ial|ical)$/.test(w))) continue;
			if (nameWords.some((w) => NOT_NAMES.has(w.replace(/[.’']+$/, '')) || lookupCountry(w) || ORG_HEADS.has(w) || PLACE_HEADS.has(w) || THING_HEADS.has(w) || (w.includes('.') && w.length > 3) || s.lowercaseWords.has(w.toLowerCase())))
				continue;
			// "his Russian counterpart Sergey Lavrov": the role noun and the nationality before it.
			const roleNoun = before.length && ROLE_NOUNS.has(before[before.length - 1].text) ? before[before.length - 1] : undefined;
			if (!side && roleNoun && before.length >= 2) {
				const hit = lookupCountry(before[before.length - 2].text);
				if (hit?.as === 'demonym') side = hit.country.name;
			}
			let role = title && !HONORIFICS.has(title) ? title : null;
			const app = APPOSITIVE.exec(after);
			if (app) {
				const hit = app[1] ? lookupCountry(app[1]) : undefined;
				if (hit) side ??= hit.country.name;
				role ??= capitalise(app[2]);
			}
			// "in Vladivostok", "at Shimoda": a name after a preposition of place, unless it is someone's surname.
			const prevWord = tokens[run.first - 1]?.text;
			const placeWord = !title && prevWord !== undefined && /^(?:in|at|near)$/.test(prevWord) && !/^['’]s/.test(after);
			if (!title && !side && (nameWords.length === 1 || /^(?:New|San|Santa|Los|Las|Saint|St\.|Port|Fort|Mount|Lake|Cape|Le|La|El)$/.test(nameWords[0])) && nameWords.length <= 2 && prevWord && (/^(?:in|at|near|off|outside|around|across|visited|visiting|visit)$/.test(prevWord) || (/^(?:to|from)$/.test(prevWord) && /\b(?:sailed|flew|went|travel(?:l?ed)?|moved|returned|came|arrived|traveling|travelling|trip|journey|voyage|road|way|route|fled|deported|shipped|sent|relocated|migrated)\s+$/.test(s.text.slice(Math.max(0, run.start - 30), tokens[run.first - 1].start)))) && !/^['’]s/.test(after)) {
				maybePlaces.push({ name: nameWords.join(' '), doc: s.doc });
				continue;
			}
			if (placeWord) placeLike.set(nameWords.join(' '), (placeLike.get(nameWords.join(' ')) ?? 0) + 1);
			if (nameWords.length === 1 && (TITLE_HEADS.has(nameWords[0]) || TITLE_STARTS.has(nameWords[0]))) continue;
			if (nameWords.length === 1) {
				short.push({ surname: nameWords[0], surface: words.join(' '), title: role, side, doc: s.doc });
				continue;
			}
			const name = nameWords.join(' ');
			const p: PersonDraft = people.get(name) ?? { name, surfaces: new Set<string>(), sides: new Map(), titles: new Map(), docs: new Set<string>(), count: 0 };
			p.count++;
			// A person is not "the Babad Lombok" nor "an El Nino event": an article right before the name (no title
			// between) or a common noun right after it makes the name a thing's (a text, a phenomenon, a caldera).
			const prevTok = tokens[run.first - 1];
			const nextTok = tokens[run.last + 1];
			// "the Shinzo Abe administration", "the Kennedy family": a person's name before what belongs to them.
			const theirs = nextTok && PERSONAL_NOUNS.test(nextTok.text);
			if (!title && !theirs && (words[0] !== run.words[0] || (prevTok && /^(?:the|a|an)$/i.test(prevTok.text)) || (nextTok && nextTok.pos === 'NOUN' && /^\p{Ll}/u.test(nextTok.text) && nextTok.start === run.end + 1)))
				p.things = (p.things ?? 0) + 1;
			p.surfaces.add(name);
			// Weak evidence of side: the countries the sentence names (a strong vote anywhere outweighs it).
			for (const c of countriesIn(tokens.slice(Math.max(0, run.first - 6), run.last + 7))) vote(p.sides, c, 0.01);
			// "Abe's father and political mentor, Shintaro Abe": kin and successors share a side.
			const kin = relationBefore(tokens, run.first);
			if (kin) related.push({ person: p, surname: kin });
			if (words.length > nameWords.length) p.surfaces.add(words.join(' '));
			vote(p.sides, side);
			vote(p.titles, role ?? undefined);
			p.docs.add(s.doc);
			people.set(name, p);
		}
	}

	// One person under two spellings of a first name ("Sergei" / "Sergey" Lavrov).
	const merged = mergeSpellings([...people.values()]);
	// Surnames: to the one person who has it; a shared surname resolves to no one.
	const bySurname = new Map<string, PersonDraft[]>();
	for (const p of merged) {
		const sn = p.name.split(' ').pop()!;
		bySurname.set(sn, [...(bySurname.get(sn) ?? []), p]);
	}
	for (const m of short) {
		const owners = bySurname.get(m.surname);
		// A shared surname ("Abe": Shinzo and his father Shintaro) goes to the one whose title it carries, or to
		// one named far more often than the others (the article's subject); otherwise to no one.
		const owner =
			owners?.length === 1
				? owners[0]
				: (owners?.find((p) => m.title && p.titles.has(m.title) && owners.every((q) => q === p || !q.titles.has(m.title!))) ??
					owners?.find((p) => owners.every((q) => q === p || p.count >= 3 * q.count)));
		if (owner) {
			const p = owner;
			p.surfaces.add(m.surface);
			vote(p.sides, m.side);
			vote(p.titles, m.title ?? undefined);
			p.docs.add(m.doc);
		} else if (!owners && m.title && !NOT_NAMES.has(m.surname)) {
			// Only ever called "President Smith": the title makes them a person.
			const p: PersonDraft = { name: m.surname, surfaces: new Set([m.surface]), sides: new Map(), titles: new Map(), docs: new Set([m.doc]), count: 1 };
			vote(p.sides, m.side);
			vote(p.titles, m.title);
			merged.push(p);
			bySurname.set(m.surname, [p]);
		}
	}

	for (const r of related) {
		const owners = bySurname.get(r.surname);
		const side = owners?.length ? top(owners[0].sides) : undefined;
		if (side && owners!.every((o) => top(o.sides) === side || o === r.person)) vote(r.person.sides, side, 0.5);
	}
	// "to Ainus", "among Jōmons": the plural of a people's name the documents use is no place.
	let capitalised: Set<string> | undefined;
	// "to Communist …": a word in -ist or -ism names a belief, not a place.
	const belief = (name: string) => /(?:ists?|isms?)$/.test(name);
	const plural = (name: string) =>
		/^\p{Lu}\p{L}*\p{Ll}s$/u.test(name) && (capitalised ??= new Set(sentences.flatMap((s) => s.text.match(/(?<![\p{L}])\p{Lu}\p{L}*/gu) ?? []))).has(name.slice(0, -1));
	for (const m of maybePlaces) if (!m.name.includes('-') && !/(?:ans|ese|ians)$/.test(m.name) && !bySurname.has(m.name) && !people.has(m.name) && !orgs.has(m.name) && !plural(m.name) && !belief(m.name)) place(m.name, m.doc);
	const actors: Actor[] = [];
	for (const p of merged) {
		const title = top(p.titles);
		// Named as a thing at least as often as not, and never with a title: not a person.
		if (!title && ((p.things ?? 0) + (placeLike.get(p.name) ?? 0)) * 2 >= p.count && p.count > 0) continue;
		// The surname is an alias only where the text uses it alone ("Lavrov"; never "Jinping" for Xi Jinping).
		const aliases = new Set(p.surfaces);
		const side = top(p.sides) ?? 'other';
		const demonym = COUNTRIES.find((c) => c.name === side)?.demonyms[0];
		const found = actor(p.name, 'person', side, title ? (demonym && !title.startsWith(demonym) ? `${demonym} ${title}` : title) : '', aliases);
		// Named more than once, a title, a side from the text: each makes it surer this is a person.
		found.evidence = Math.min(p.count + p.surfaces.size - 1, 3) + (title ? 2 : 0) + (side !== 'other' ? 1 : 0) + (p.name.includes(' ') ? 0 : -1);
		actors.push(found);
	}
	for (const g of governments.values()) {
		// Named once as a capital ("… in Buenos Aires" read as a subject) is no party to the story.
		if (g.count < 2) continue;
		const demonym = g.country.demonyms[0];
		const found = actor(`Government of ${g.country.name === 'United States' ? 'the United States' : g.country.name}`, 'government', g.country.name, demonym ? `${demonym} government` : 'government', g.surfaces);
		found.evidence = 3;
		actors.push(found);
	}
	for (const o of orgs.values()) {
		const found = actor(o.name, o.kind, top(o.sides) ?? 'other', o.kind === 'company' ? 'company' : o.name.split(' ').pop()!.toLowerCase(), o.surfaces);
		found.evidence = 2;
		actors.push(found);
	}
	// Stable order: the same text gives the same list.
	actors.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const seenIds = new Set<string>();
	const unique = actors.filter((a) => !seenIds.has(a.id) && !!seenIds.add(a.id));
	return {
		actors: unique,
		places: [...places].map(([name, docs]) => ({ name, docs: [...docs].sort() })).sort((a, b) => (a.name < b.name ? -1 : 1))
	};
}

/** What a person's name can stand before: "the Abe administration", "the Kennedy family", "the Obama years". */
const PERSONAL_NOUNS =
	/^(?:administration|government|cabinet|era|family|dynasty|presidency|premiership|doctrine|years|regime|camp|team|campaign|visit|proposal|plan|initiative|meeting|summit|talks|speech|statement|remarks|letter|legacy|policy|policies|reforms?|estate|household|clan|foundation|award|prize|lecture|report|commission|memorial|museum|library|center|centre|institute|school|university)$/;

const KIN = /^(?:father|mother|son|daughter|brother|sister|grandson|granddaughter|grandfather|uncle|nephew|successor|predecessor|mentor|protégé|protege|heir|wife|husband)$/;

/** "<Surname>'s father (and political mentor), <Name>": the surname the relation points to. */
function relationBefore(tokens: readonly Token[], first: number): string | undefined {
	let i = first - 1;
	if (tokens[i]?.text === ',') i--;
	let sawKin = false;
	for (let k = 0; k < 6 && i > 0; k++, i--) {
		const t = tokens[i];
		if (/^['’]s$/.test(t.text)) return sawKin && tokens[i - 1].pos === 'PROPN' ? tokens[i - 1].text : undefined;
		if (KIN.test(t.text)) sawKin = true;
		else if (!/^(?:and|political|longtime|former|chosen|designated|late|,)$/.test(t.text)) return undefined;
	}
	return undefined;
}

/** Countries a sentence names, by name, nationality word or capital. */
function countriesIn(tokens: readonly Token[]): string[] {
	const out = new Set<string>();
	for (let i = 0; i < tokens.length; i++) {
		if (!CAP.test(tokens[i].text)) continue;
		for (const n of [3, 2, 1]) {
			const hit = lookupCountry(tokens.slice(i, i + n).map((t) => t.text).join(' '));
			if (hit) {
				out.add(hit.country.name);
				break;
			}
		}
	}
	return [...out];
}

function actor(name: string, kind: ActorKind, side: string, role: string, surfaces: Iterable<string>): Actor {
	const aliases = [...new Set([name, ...surfaces])].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
	return { id: slug(name), name, aliases, kind, side, role };
}

/** "(NATO)", "(MOL)" right after a name. */
const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}[\p{Lu}\d&.]{1,9})\s*\)/u;

/** The capital initials of a name's words ("Mitsui O.S.K. Lines" → "MOL"). */
function initialsOf(words: readonly string[]): string {
	return words.map((w) => (/^\p{Lu}/u.test(w) ? w.charAt(0) : '')).join('');
}

function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0][j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
	return d[a.length][b.length];
}

/** Same surname and first names one letter apart (Sergei / Sergey): the most-mentioned spelling names them. */
function withoutInitials(name: string): string {
	const words = name.split(' ');
	return words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{Lu}\.$/u.test(w)).join(' ');
}

function mergeSpellings(people: PersonDraft[]): PersonDraft[] {
	const out: PersonDraft[] = [];
	const sorted = [...people].sort((a, b) => b.surfaces.size - a.surfaces.size || (a.name < b.name ? -1 : 1));
	for (const p of sorted) {
		const [first, ...others] = p.name.split(' ');
		// "Lucius D. Clay" and "Lucius Clay": one person with and without a middle initial.
		const bare = withoutInitials(p.name);
		const same = out.find((q) => {
			const [qf, ...qo] = q.name.split(' ');
			return (qo.join(' ') === others.join(' ') && first.length > 3 && editDistance(qf, first) === 1) || (bare.includes(' ') && withoutInitials(q.name) === bare && q.name !== p.name);
		});
		if (!same) {
			out.push(p);
			continue;
		}
		for (const x of p.surfaces) same.surfaces.add(x);
		for (const [k, v] of p.sides) vote(same.sides, k, v);
		for (const [k, v] of p.titles) vote(same.titles, k, v);
		for (const d of p.docs) same.docs.add(d);
		same.count += p.count;
		same.things = (same.things ?? 0) + (p.things ?? 0);
	}
	return out;
}
