/**
 * Who's who flashcards: the office a person holds as the text writes it before their name ("Japanese Foreign
 * Minister Taro Kono" → "Foreign Minister"), and how the text describes a person or organisation in an
 * apposition ("Matthew Perry, a commodore of the U.S. Navy,"). One card per actor and article for each.
 */
import type { Candidate } from '../candidate';
import type { AnalyzedSentence } from '../facts/analyze-document';
import { makeCandidate } from './make-candidate';
import { COUNTRIES, TITLES, HONORIFICS, lookupCountry } from '../facts/gazetteer';

const TITLE_RE = new RegExp(
	`(?:^|\\s)((?:(?:Vice|Deputy|Former|Acting|Chief|First|${COUNTRIES.flatMap((c) => c.demonyms).join('|')})\\s)?(?:${TITLES.filter((t) => !HONORIFICS.has(t) && !t.endsWith('.')).join('|')}))\\s+$`,
	'u'
);
/** An office names a post: its last word is a title ("Foreign Minister", "Commodore"), not a nationality alone. */
const OFFICE_HEAD = /\b(?:Minister|Secretary|President|Premier|Chancellor|Ambassador|Governor|Senator|Mayor|Director|Chairman|Chairwoman|Commissioner|Spokesman|Spokeswoman|General|Admiral|Commodore|Colonel|Captain|Commander|Emperor|Empress|King|Queen|Prince|Princess|Shogun|Speaker|Envoy|Leader|Chief)$/;
/** Offices everyone knows their holders by. */
const HEAD_OF_STATE = /^(?:President|Prime Minister|Premier|King|Queen|Emperor|Empress|Pope|Chancellor|Tsar|Czar|Shah|Sultan)$/;
/** A rank alone, with no office after it ("General", "Commodore"; not "Attorney General", "Secretary General"). */
const RANK = /^(?:(?:\p{Lu}\p{Ll}+\s)?(?:General|Admiral|Commodore|Colonel|Captain|Commander|Lieutenant|Major|Sergeant|Marshal|Brigadier))$/u;
const NOT_RANK = /\b(?:Attorney|Secretary|Surgeon|Solicitor|Governor|Postmaster|Inspector|Director|Consul|Commander in Chief|Commander-in-Chief)\b/;
/** ", a commodore of the U.S. Navy," — an apposition opened by an article, closed by a comma. */
const APPOSITION = /^,\s+((?:a|an|the)\s+(?!same\b|other\b|latter\b|former\b)[^,;:()“”"]{6,80}?),/;

export function generateRoleCards(sentences: readonly AnalyzedSentence[]): Candidate[] {
	const out: Candidate[] = [];
	const done = new Set<string>();
	for (const s of sentences)
		for (const m of s.actors) {
			const a = m.actor;
			if (a.kind === 'government') continue;
			// The office in the mention itself: "Japanese Foreign Minister Taro Kono".
			const at = m.surface.lastIndexOf(a.name);
			const inside = at > 0 ? m.surface.slice(0, at).trim() : '';
			const title = inside || TITLE_RE.exec(s.text.slice(Math.max(0, m.start - 40), m.start))?.[1];
			const officeKey = `office|${s.doc}|${a.id}`;
			// "What office did Roosevelt hold? President": a head of state or government is what everyone knows them as.
			const bare = title?.split(' ').filter((w) => lookupCountry(w)?.as !== 'demonym' && w !== 'U.S.' && w !== 'US').join(' ');
			if (a.kind === 'person' && title && !HONORIFICS.has(title) && !done.has(officeKey) && OFFICE_HEAD.test(title) && !HEAD_OF_STATE.test(bare ?? '')) {
				done.add(officeKey);
				out.push(
					makeCandidate({
						kind: 'actor',
						type: 'flashcard',
						form: 'office-card',
						// "General Douglas MacArthur": a military rank is no office.
						prompt: `What ${RANK.test(title) && !NOT_RANK.test(title) ? 'rank' : 'office'} did ${a.name} hold, according to ${s.attribution}?`,
						answer: title,
						fact: title,
						sentence: s,
						forecastOk: true
					})
				);
			}
			const app = APPOSITION.exec(s.text.slice(m.end));
			const descKey = `describe|${s.doc}|${a.id}`;
			// "Rosatom, Gazprom, the Japanese government, and …": items of a list, not an apposition.
			const listed = /,\s*$/.test(s.text.slice(0, m.start)) || /^,\s+(?:and|or)\b/.test(s.text.slice(m.end + (app?.[0].length ?? 0) - 1));
			if (app && !listed && !done.has(descKey) && !/\b(?:who|which|that|said|says|is|was|were|has|had)\b/.test(app[1])) {
				done.add(descKey);
				out.push(
					makeCandidate({
						kind: 'actor',
						type: 'flashcard',
						form: 'describe-card',
						// "How is X described" agrees with any author: "Wikinews contributors" as well as "A. Writer".
						prompt: `How is ${a.name} described, according to ${s.attribution}?`,
						answer: app[1],
						fact: app[1],
						sentence: s,
						forecastOk: true
					})
				);
			}
		}
	return out;
}
