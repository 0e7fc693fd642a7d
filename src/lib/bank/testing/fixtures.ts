/** Small fixtures for the builder's tests: two short articles, a few actors, the inputs buildBanks takes. */
import type { BuildInput } from '../build-banks';
import type { Candidate } from '../candidate';
import type { SourceDocument } from '../read/load-documents';
import { analyzeDocument, prepareDocument } from '../facts/analyze-document';
import { findActors } from '../facts/find-actors';
import { makeActorMatcher } from '../facts/match-actors';
import { makePlaceMatcher } from '../facts/match-places';
import { checkQuestion, makeGateContext } from '../gate/check-question';

export const TATSUMI = `print PRINT

INTERNATIONAL > Europe & Eurasia

Peace talks test article

By Yuki Tatsumi


WASHINGTON – On Nov. 14, Prime Minister Shinzo Abe met with Russian President Vladimir Putin in Singapore on the sideline of the East Asian Summit. Following the meeting, he announced that the two leaders had agreed to accelerate talks begun in 1956.

Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov on Nov. 23 and agreed to support the effort to accelerate bilateral negotiations for the peace treaty.

A recent public opinion poll indicated that over 60 percent of the respondents thought that the Northern Territories issues “cannot be resolved.”

Japan normalized diplomatic relations with the Soviet Union by signing the joint declaration in 1956, a step that still shapes the talks today.

  • Ambassador
  • Ukraine
`;

export const STRATFOR = `Odds article title

9 MINS READJan 22, 2019 | 15:13 GMT
Japanese Prime Minister Shinzo Abe is in Moscow for his 25th meeting with Russian President Vladimir Putin since 2012, carrying fresh hope.
According to a recent poll, more than 3 in 4 Russians are opposed to any island deal.
Russian Foreign Minister Sergei Lavrov insists that Japan must fully recognize the outcome of World War II before any island is transferred.
Abe should apply his art of the possible to reconcile the interests of Japan and Russia in the years ahead of the summit.

Copyright © Stratfor Enterprises, LLC. All rights reserved.
`;

export const ACTORS = `- id: shinzo-abe
  name: Shinzo Abe
  aliases: [Abe, Prime Minister Shinzo Abe, Japanese Prime Minister Shinzo Abe]
  kind: person
  side: Japan
  role: Japanese Prime Minister
- id: taro-kono
  name: Taro Kono
  aliases: [Kono, Foreign Minister Taro Kono]
  kind: person
  side: Japan
  role: Japanese Foreign Minister
- id: yoshihide-suga
  name: Yoshihide Suga
  aliases: [Suga]
  kind: person
  side: Japan
  role: Japanese Prime Minister
- id: yoshiro-mori
  name: Yoshiro Mori
  aliases: []
  kind: person
  side: Japan
  role: Former Japanese Prime Minister
- id: toshimitsu-motegi
  name: Toshimitsu Motegi
  aliases: [Motegi]
  kind: person
  side: Japan
  role: Japanese Economy Minister
- id: vladimir-putin
  name: Vladimir Putin
  aliases: [Putin, Russian President Vladimir Putin]
  kind: person
  side: Russia
  role: Russian President
- id: sergey-lavrov
  name: Sergey Lavrov
  aliases: [Lavrov, Sergei Lavrov, Russian Foreign Minister Sergei Lavrov]
  kind: person
  side: Russia
  role: Russian Foreign Minister
- id: dmitry-medvedev
  name: Dmitry Medvedev
  aliases: [Medvedev]
  kind: person
  side: Russia
  role: Russian Prime Minister
- id: sergei-shoigu
  name: Sergei Shoigu
  aliases: [Shoigu]
  kind: person
  side: Russia
  role: Russian Defense Minister
- id: donald-trump
  name: Donald Trump
  aliases: [Trump]
  kind: person
  side: United States
  role: US President
- id: xi-jinping
  name: Xi Jinping
  aliases: [Xi]
  kind: person
  side: China
  role: Chinese President
`;

export const MANIFEST = JSON.stringify(
	{
		documents: [
			{ file: 'tatsumi.txt', title: 'Peace talks test article', author: 'Yuki Tatsumi', publisher: null, date: '2018-11-28' },
			{ file: 'stratfor.txt', title: 'Odds article title', author: null, publisher: 'Stratfor Worldview', date: '2019-01-22' },
			{ file: 'third.txt', title: 'Third article', author: 'Someone Else', publisher: null, date: '2019-02-01' }
		]
	},
	null,
	2
);

export const THIRD = `Third article

Tokyo believes that the Japanese leader’s outreach to Russia will lessen its isolation and enable Japan to obtain valuable territorial concessions.
`;

export const CURATED = `doc: tatsumi
questions:
  - id: kono-lavrov-date
    type: typed
    kind: date
    prompt: "On what date in 2018 did Taro Kono meet his Russian counterpart?"
    answer: "Nov. 23"
    accept: ["November 23"]
    date: "2018-11-23"
    quote: "Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov on Nov. 23 and agreed to support the effort to accelerate bilateral negotiations for the peace treaty."
`;

const encode = (s: string) => new TextEncoder().encode(s);

export function fixtureInput(overrides: Partial<BuildInput> = {}): BuildInput {
	return {
		sourcesDir: 'questions/sources',
		manifest: { path: 'questions/sources/manifest.json', text: MANIFEST },
		files: new Map([
			['tatsumi.txt', encode(TATSUMI)],
			['stratfor.txt', encode(STRATFOR)],
			['third.txt', encode(THIRD)]
		]),
		actors: { path: 'questions/actors.yaml', text: ACTORS },
		curated: [{ path: 'questions/curated/tatsumi.yaml', text: CURATED }],
		review: null,
		registry: { path: 'questions/ids.json', text: null },
		...overrides
	};
}

/**
 * One made-up document analysed as the builder does it without an actors list: its sentences, the actors and places
 * found in it, and the gates a candidate from it must pass.
 */
export function analyzeText(text: string, date = '2019-01-22') {
	const doc: SourceDocument = { id: 'd', file: 'd.txt', title: 'T', author: 'A. Writer', publisher: null, date, text };
	const prepared = prepareDocument(doc);
	const found = findActors(prepared.sentences);
	const places = makePlaceMatcher(found.places);
	const analyzed = analyzeDocument(prepared, makeActorMatcher(found.actors), undefined, places);
	const ctx = makeGateContext(new Map([['d', text]]), analyzed.sentences.map((s) => ({ doc: 'd', text: s.text })));
	return { sentences: analyzed.sentences, actors: found.actors, places, gate: (c: Candidate) => checkQuestion(c, ctx) };
}
