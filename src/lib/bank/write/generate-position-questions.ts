/**
 * Position questions: "whose position is this" (choice of actors from other sides), "who holds it" as
 * true/false with the actor swapped, and "which article argues this" for the authors' own arguments.
 */
import type { Candidate } from '../candidate';
import type { AnalyzedSentence } from '../facts/analyze-document';
import type { Actor } from '../read/load-actors';
import type { SourceDocument } from '../read/load-documents';
import { attributionOf } from '../facts/analyze-document';
import { extractPositions } from '../facts/extract-positions';
import { actorsByDoc, pickActorDistractors } from './pick-actor-distractors';
import { firstBy, makeCandidate, makeChoices, replaceSpan, trueFalsePrompt } from './make-candidate';
import { hashText } from '../hash-text';
import { ORG_HEADS } from '../facts/gazetteer';

const BASE: Record<string, string> = {
	insists: 'insist', insist: 'insist', argues: 'argue', argue: 'argue', asserts: 'assert', assert: 'assert', believes: 'believe', believe: 'believe',
	demands: 'demand', demand: 'demand', wants: 'want', want: 'want', holds: 'hold', hold: 'hold', seeks: 'seek', seek: 'seek', hopes: 'hope',
	hope: 'hope', thinks: 'think', think: 'think', expects: 'expect', expect: 'expect', 'would like': 'want', claims: 'claim', maintains: 'maintain',
	urges: 'urge', 'calls for': 'call for', rejects: 'reject', opposes: 'oppose', fears: 'fear', contends: 'contend'
};
const PAST: Record<string, string> = {
	said: 'say', stated: 'state', proposed: 'propose', 'has proposed': 'propose', 'had proposed': 'propose', suggested: 'suggest', warned: 'warn',
	vowed: 'vow', acknowledged: 'acknowledge', interpreted: 'interpret', told: 'say', added: 'add', noted: 'note', wrote: 'write', explained: 'explain',
	stressed: 'stress', argued: 'argue', insisted: 'insist', 'set out the expectation': 'expect', asserted: 'assert', believed: 'believe',
	demanded: 'demand', wanted: 'want', sought: 'seek', hoped: 'hope', thought: 'think', expected: 'expect', claimed: 'claim',
	maintained: 'maintain', declared: 'declare', announced: 'announce', urged: 'urge', 'called for': 'call for', rejected: 'reject',
	opposed: 'oppose', feared: 'fear', pledged: 'pledge', promised: 'promise', contended: 'contend'
};

/** How a prompt names an actor: "the Russian government" rather than "Government of Russia". */
export function displayName(a: Actor): string {
	// "the Russian government"; a bare "government" would not say whose.
	if (a.kind === 'government' && /\S\s+government$/.test(a.role)) return `the ${a.role}`;
	// "the Home Office", "the U.S. Government": an organisation named by its head word takes "the".
	if (/^Government of\s/.test(a.name)) return `the ${a.name}`;
	return (a.kind === 'organisation' || a.kind === 'government') && !/^The\s/.test(a.name) && ORG_HEADS.has(a.name.split(' ').pop()!) ? `the ${a.name}` : a.name;
}

/** "What does Lavrov insist", "What did Cooper say", "What is Moscow's position" — the verb the text uses. */
export function positionQuestion(name: string, verb: string): string {
	const v = verb.toLowerCase();
	if (BASE[v]) return `What does ${name} ${BASE[v]}`;
	if (PAST[v]) return `What did ${name} ${PAST[v]}`;
	return `What is ${name}’s position`;
}

export function generatePositionQuestions(sentences: readonly AnalyzedSentence[], actors: readonly Actor[]): Candidate[] {
	const out: Candidate[] = [];
	const byDoc = actorsByDoc(sentences);
	for (const s of sentences) {
		const named = new Set(s.actors.map((m) => m.actor.id));
		for (const p of extractPositions(s)) {
			const byName = (list: Actor[]) => Object.fromEntries(list.map((x) => [x.name, x.aliases]));
			const a = p.actor;
			const base = { kind: 'position' as const, answer: a.name, fact: p.surface, sentence: s, aliases: a.aliases };
			// "Tokyo believes that … will lessen its isolation": what a side expects is its position, and these two
			// forms show only the stance, attributed. A date after the article's own inside the stance still counts
			// as a forecast stated as fact.
			const stanceForecastOk = !s.dates.some((d) => d.precision !== 'decade' && d.value > s.docDate.slice(0, d.value.length) && p.stance.includes(d.surface));
			// People: others of the same side and kind (Lavrov → other Russian officials); governments: the other sides.
			const within = byDoc.get(s.doc);
			const others = pickActorDistractors(a, actors, named, { side: a.kind === 'person' ? 'same' : 'other', within }, s.text);
			if (others.length === 3)
				out.push({
					choiceAliases: byName(others),
					...makeCandidate({
						...base,
						type: 'choice',
						form: 'whose-position',
						forecastOk: stanceForecastOk,
						// Quotation marks inside the stance become single ones, so the quotes nest.
						prompt: `According to ${s.attribution}, whose position is this: “${p.stance.replace(/“/g, '‘').replace(/”/g, '’')}”?`,
						choices: makeChoices(a.name, others.map((o) => o.name), s.text),
						explanation: `The article attributes this to ${a.name} (${a.role || a.side}); it is a position, not an established fact.`
					})
				});
			// "What is Moscow's position" says not on what: only a verb makes the card's question ("What does Lavrov
			// insist"). "What did Cooper say" is as open: a verb of saying alone asks for a whole quotation.
			// "promised Japan a security pact": the recipient goes into the question, the promise is the answer.
			// "urged Roosevelt to assist the Soviets": whom they urged goes into the question, what to do is the answer.
			const recipient = /^(?:promised|offered|pledged|promises|offers|pledges|gave|gives|granted|grants)$/i.test(p.verb)
				? /^((?:\p{Lu}[\p{L}.’'-]*\s)+)((?:a|an|the|its|their|his|her)\s.*)$/u.exec(p.stance)
				: /^(?:urged|urges|asked|asks|advised|advises|warned|warns|told|tells|called on|calls on|encouraged|encourages|persuaded|pressed|pushed)$/i.test(p.verb)
					? /^((?:(?:the\s+)?\p{Lu}[\p{L}.’'-]*\s)+)(to\s.*)$/u.exec(p.stance)
					: null;
			// Only a concrete act or demand makes a card a student can answer ("What did Lavrov demand", "What did
			// Hopkins urge Roosevelt"); "What did X hope / fear / think / suggest" has no one answer to recall.
			const concrete = /^(?:demands?|demanded|propose[sd]?|has proposed|had proposed|rejects?|rejected|opposes|opposed|calls? for|called for|urged|urges|pledged|promised|vowed|insists?|insisted)$/i.test(p.verb);
			if (concrete && (recipient || p.stance.split(/\s+/).length <= 20))
			out.push(
				makeCandidate({
					...base,
					type: 'flashcard',
					form: 'what-position',
					forecastOk: stanceForecastOk,
					prompt: `${positionQuestion(displayName(a), p.verb)}${recipient ? ` ${recipient[1].trim()}` : ''}, according to ${s.attribution}?`,
					answer: recipient ? recipient[2] : p.stance,
					fact: p.stance,
					// The answer is the stance: the actor's names belong in the prompt.
					aliases: [],
					explanation: `The article attributes this to ${displayName(a)}${a.role && a.kind !== 'government' ? ` (${a.role})` : ''}; it is a position, not an established fact.`
				})
			);
			// Swapping names reads well only for people ("the Russian side" → "Soviet Union stated" does not).
			if (a.kind !== 'person') continue;
			const same = pickActorDistractors(a, actors, named, { side: 'same', within }, s.text, 1);
			const swap = same[0] ?? others[0];
			const altered = swap !== undefined && parseInt(hashText(s.text + a.id).slice(0, 4), 36) % 2 === 0;
			out.push(
				makeCandidate({
					...base,
					type: 'truefalse',
					form: 'truefalse-position',
					prompt: trueFalsePrompt(altered ? replaceSpan(s.text, p.start, p.end, swap.name) : s.text, s.attribution, s.lowercaseWords),
					answer: altered ? 'False' : 'True',
					explanation: altered ? `The article attributes this to ${a.name}, not ${swap.name}.` : `The article attributes this to ${a.name}.`
				})
			);
		}
	}
	return out;
}

/** An author's own argument: evaluative or modal wording, not a report of what someone said. */
const ARGUES =
	/\b(?:should|must|needs? to|it seems|seems to|is (?:un)?likely|it is misleading|it is important|it is hard|it is quite possible|is instrumental|the key issue|the main reason|the problem is|more likely than not|is evident|will only serve|would help|would benefit|is about|leaves no room)\b/i;
const REPORTS = /\b(?:said|says|stated|according to|announced|asserts|insists|believes|argues|wants|I|we|my|our|us)\b/;

export function generateArticleQuestions(
	sentences: readonly AnalyzedSentence[],
	docs: readonly SourceDocument[]
): Candidate[] {
	if (docs.length < 3) return [];
	const out: Candidate[] = [];
	const byId = new Map(docs.map((d) => [d.id, d]));
	// Who is named in which articles: a person only one article names ("the Biden administration") tells which.
	const named = new Map<string, Set<string>>();
	for (const s of sentences) for (const m of s.actors) named.set(m.actor.id, (named.get(m.actor.id) ?? new Set()).add(s.doc));
	// Per article, the other articles that share at least two actors with it.
	const shared = new Map<string, Map<string, number>>();
	for (const holders of named.values()) {
		// An actor in very many articles says little of their subject (and pairs would grow as its square).
		if (holders.size > 40) continue;
		for (const a of holders)
			for (const b of holders)
				if (a !== b) {
					const m = shared.get(a) ?? new Map<string, number>();
					m.set(b, (m.get(b) ?? 0) + 1);
					shared.set(a, m);
				}
	}
	const kinOf = (doc: string): SourceDocument[] =>
		[...(shared.get(doc) ?? [])]
			.filter(([, n]) => n >= 2)
			.map(([id]) => byId.get(id))
			.filter((d): d is SourceDocument => !!d);
	// The earliest year of the articles other than one: the earliest overall, or the next one for the article that has it.
	let first: SourceDocument | undefined;
	for (const d of docs) if (!first || d.date.slice(0, 4) < first.date.slice(0, 4)) first = d;
	let second: string | undefined;
	for (const d of docs) if (d.id !== first?.id && (second === undefined || d.date.slice(0, 4) < second)) second = d.date.slice(0, 4);
	const earliestOther = (doc: string) => (doc === first?.id ? second : first?.date.slice(0, 4));
	// The other articles, listed once per article asked about (its sentences share the list).
	const othersOf = new Map<string, SourceDocument[]>();
	for (const s of sentences) {
		const words = s.text.split(/\s+/).length;
		if (!ARGUES.test(s.text) || REPORTS.test(s.text) || words < 12 || words > 45 || /[?“”"]/.test(s.text)) continue;
		const own = s.actors.find((m) => m.actor.kind === 'person' && named.get(m.actor.id)?.size === 1);
		// A year later than some other article's date can only be in the later ones.
		const earliest = earliestOther(s.doc);
		const late = earliest === undefined ? undefined : s.dates.find((d) => d.value.slice(0, 4) > earliest);
		const giveaway = own ? `only this article names ${own.actor.name}` : late ? `"${late.surface}" is later than other articles` : undefined;
		const home = byId.get(s.doc);
		if (!home) continue;
		// One label style for every choice ("Taisuke Abiru (March 2021)", "Stratfor Worldview (Jan. 2019)").
		const label = attributionOf(home);
		// Only articles on the same subject (two actors in common) make fair choices: an article on another topic is
		// ruled out by its topic alone, and with fewer than three such articles the question is not asked.
		let rest = othersOf.get(s.doc);
		if (!rest) {
			rest = kinOf(s.doc);
			othersOf.set(s.doc, rest);
		}
		if (rest.length < 3) continue;
		const others = firstBy(rest, s.text, (d) => d.id, 3).map(attributionOf);
		out.push(
			makeCandidate({
				kind: 'position',
				type: 'choice',
				form: 'which-article',
				prompt: `Which article argues this: “${s.text}”`,
				answer: label,
				fact: label,
				sentence: s,
				choices: makeChoices(label, others, s.text),
				derived: 'document',
				forecastOk: true,
				giveaway,
				aliases: [home.author, home.publisher, home.title].filter((x): x is string => !!x),
				explanation: `This is the view of ${home.author ?? home.publisher ?? 'the article'}'s article, not an established fact.`
			})
		);
	}
	return out;
}
