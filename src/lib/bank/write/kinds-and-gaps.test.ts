// Rules that keep a question of the right kind on real-world text: a thing's name is no person, a volcano's
// distractors are volcanoes, a value lost in conversion sinks the sentence, a rank is no office, an open "What did
// X say" card is not written, and the year of an event held every four years gets distractors on its cycle.
// The texts are made up for these tests; none comes from a held-out set.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../testing/fixtures';
import { placeSortsFromText } from '../facts/match-places';
import { generatePlaceQuestions } from './generate-place-questions';
import { generateRoleCards } from './generate-role-cards';
import { generatePositionQuestions, displayName } from './generate-position-questions';
import { generateDateQuestions } from './generate-date-questions';
import { tidySentence, trueFalsePrompt } from './make-candidate';
import { generateActorQuestions, writeLike } from './generate-actor-questions';
import { scoreCandidate, leansOnEarlier, unexplainedDefinite } from '../gate/score-candidate';
import { nearbyDates } from './format-date-like';
import { generateFigureQuestions } from './generate-figure-questions';
import { nameArticle, withContext } from './add-context';
import { segmentSentences } from '../clean/segment-sentences';

const analyze = analyzeText;

describe('a thing’s name is not a person', () => {
	it('drops names the text only uses as things, keeps people named before what is theirs', () => {
		const { actors } = analyze(
			[
				'Villagers recorded the eruption in the Babad Lombok, a chronicle written on palm leaves.',
				'The Babad Lombok describes how villages were destroyed.',
				'The eruption induced a strong El Nino event in the following year.',
				'Scientists found evidence of an El Nino event in tree rings.',
				'Under the Marta Kowalska administration, the city built a new harbour.',
				'Marta Kowalska visited the harbour in 2015 and praised its builders.'
			].join(' ')
		);
		const names = actors.filter((a) => a.kind === 'person').map((a) => a.name);
		expect(names).not.toContain('Babad Lombok');
		expect(names).not.toContain('El Nino');
		expect(names).toContain('Marta Kowalska');
	});
});

describe('one person, one actor', () => {
	it('merges a name with and without a middle initial, keeps a hyphenated given name whole, and takes a city for no person', () => {
		const { actors } = analyze(
			[
				'General Lucius D. Clay ran the airlift in 1948.',
				'Lucius Clay stated that the airlift would go on.',
				'The pro-Beijing candidates elected included Wong Kwok-kin and Alice Mak.',
				'Wong Kwok-kin thanked his voters.',
				'The Hong Kong legislative election was held on Sunday.',
				'Voters in Hong Kong queued for hours, and turnout in Hong Kong was high.'
			].join(' ')
		);
		const people = actors.filter((a) => a.kind === 'person').map((a) => a.name);
		expect(people.filter((n) => /Clay/.test(n))).toHaveLength(1);
		expect(people).toContain('Wong Kwok-kin');
		expect(people).not.toContain('Wong Kwok');
		expect(people).not.toContain('Hong Kong');
	});

	it('asks whom someone urged in the question and what they urged as the answer', () => {
		const { sentences, actors } = analyze('In 1941, adviser Harry Hopkins urged Roosevelt to assist the Soviets with supplies and trucks.', '2015-10-19');
		const card = generatePositionQuestions(sentences, actors).find((c) => c.form === 'what-position');
		expect(card?.question.prompt).toMatch(/^What did Harry Hopkins urge Roosevelt, according to/);
		expect(card?.question.answer).toBe('to assist the Soviets with supplies and trucks');
	});
});

describe('names that are no actors', () => {
	it('takes a model’s name and a war’s front for no actor', () => {
		const { actors } = analyze('After the war, the country exported some Mitsubishi Type 73 Light Truck jeeps to its neighbours. The Soviet Union fought on the Eastern Front for four years.');
		expect(actors.map((a) => a.name).filter((n) => /Mitsubishi|Front/.test(n))).toEqual([]);
	});

	it('refuses a blank beside a one-holder office in apposition', () => {
		const text = 'The State Department said John Kerry, the Secretary of State, contacted the Thai foreign minister in May. John Kerry met Ban Ki-moon and Susan Rice in New York. Susan Rice and Samantha Power spoke with Ban Ki-moon.';
		const { sentences, actors, gate } = analyze(text, '2015-05-18');
		const kerry = generateActorQuestions(sentences, actors).filter((c) => c.question.answer.includes('Kerry') && c.question.prompt.includes('_____, the Secretary of State'));
		expect(kerry.length).toBeGreaterThan(0);
		for (const c of kerry) expect(gate(c)?.gate).toBe('give-away');
	});
});

describe('true/false statements read as written', () => {
	it('keeps a title’s capital, names a reported claim’s source once, and drops “Therefore”', () => {
		expect(trueFalsePrompt('General Lucius Clay stated that the airlift would go on.', 'W (July 2019)', new Set(['general']))).toBe('True or false? According to W (July 2019), General Lucius Clay stated that the airlift would go on.');
		expect(trueFalsePrompt('According to Defense Secretary Delfin Lorenzana, the country was the first to get the planes.', 'W (July 2019)')).toBe(
			'True or false? According to Defense Secretary Delfin Lorenzana, as reported by W (July 2019), the country was the first to get the planes.'
		);
		expect(tidySentence('Therefore Stimson issued the doctrine in early 1932.')).toBe('Stimson issued the doctrine in early 1932.');
	});

	it('lower-cases a common opening word after the attribution (“Once”, “Results”, “Speaking”)', () => {
		expect(trueFalsePrompt('Once the rains came in 1998, the river rose.', 'A. Writer (May 2019)')).toBe('True or false? According to A. Writer (May 2019), once the rains came in 1998, the river rose.');
		expect(trueFalsePrompt('Results of the study, published in 1989, show losses.', 'A. Writer (May 2019)')).toContain('2019), results of the study');
	});

	it('keeps a people’s name capitalised though a link somewhere writes it in lower case', () => {
		const { sentences } = analyze('The census counted the Ainu of the north. Many Ainu moved south. See www.ainu.example for more. Ainu men were first recruited into the army in 1898.', '2019-07-20');
		const tf = generateDateQuestions(sentences).filter((c) => c.form === 'truefalse-date' && c.question.sources[0].quote.startsWith('Ainu men'));
		expect(tf.length).toBeGreaterThan(0);
		for (const c of tf) expect(c.question.prompt).toMatch(/\(July 2019\), Ainu men/);
	});
});

describe('places of the same sort', () => {
	const text = [
		'The volcanoes Tolbin, Arvek and Sumaro grew around the caldera.',
		'Sumaro volcano erupted again in 1911, and the Tolbin volcano in 1923.',
		'The Governor of Varnia visited the lake in 2004.',
		'The Governor of Ostrel met him there.',
		'Ash from the eruption fell as far as the town of Delmar.',
		'Many residents of Khabarovsk Krai moved to Varnia.'
	];
	it('reads a bare place’s sort from what the documents call it', () => {
		const sorts = placeSortsFromText(text, ['Tolbin', 'Arvek', 'Sumaro', 'Varnia', 'Ostrel', 'Delmar', 'Khabarovsk', 'Nowhere']);
		expect(Object.fromEntries(sorts)).toEqual({ Tolbin: 'mountain', Arvek: 'mountain', Sumaro: 'mountain', Varnia: 'region', Ostrel: 'region', Delmar: 'city' });
	});

	it('never offers a region as a distractor for a volcano', () => {
		const { sentences, places } = analyze(
			[
				...text,
				'Scientists camped near Tolbin in the summer.',
				'A research station was built at Arvek in 1990.',
				'The lava dome at Sumaro is the highest in the area.',
				'Observers flew to Varnia and then to Ostrel.',
				'Pilgrims walked from Delmar to Varnia.'
			].join(' ')
		);
		const volcanoAnswers = new Set(['Tolbin', 'Arvek', 'Sumaro']);
		const qs = generatePlaceQuestions(sentences, places).filter((c) => c.question.type === 'choice' && volcanoAnswers.has(c.question.answer));
		for (const q of qs) expect(q.question.choices!.filter((x) => !volcanoAnswers.has(x))).toEqual([]);
	});
});

describe('text broken by conversion', () => {
	it('marks a value lost from the sentence, so the question does not ship', () => {
		for (const sentence of [
			'The council set up advisory boards, known as in the local language, in 1997 to draft the law.',
			'Reports in 1923 indicate that the reservoir was formerly up to higher than today after the dam failed.',
			'Pyroclastic flows crossed of the strait in 1957, reaching the islands to the west of the mountain range.',
			'On March 31, 1854, the or was the first treaty between the two countries and their old rivals.'
		]) {
			const c = generateDateQuestions(analyze(sentence, '2019-07-20').sentences).map(scoreCandidate);
			expect(c.length).toBeGreaterThan(0);
			for (const q of c) expect(q.notes).toContain('a gap in the text (a value is missing)');
		}
		const whole = generateDateQuestions(analyze('The council set up advisory boards in 1997 to draft the new law on land use.', '2019-07-20').sentences).map(scoreCandidate);
		expect(whole.every((q) => !q.notes.includes('a gap in the text (a value is missing)'))).toBe(true);
	});

	it('ends a sentence at a stop followed by citation marks, and sees a gap behind one', () => {
		const text = 'The forcing was about a seventh of that of the eruption.[48] Sea surface temperatures too decreased by ,[49] triggering changes in 1958.';
		const parts = segmentSentences(text, [{ start: 0, end: text.length }]).map((x) => x.text);
		expect(parts).toEqual(['The forcing was about a seventh of that of the eruption.[48]', 'Sea surface temperatures too decreased by ,[49] triggering changes in 1958.']);
		const c = generateDateQuestions(analyze(text, '2019-07-20').sentences).map(scoreCandidate);
		expect(c.length).toBeGreaterThan(0);
		for (const q of c) expect(q.notes).toContain('a gap in the text (a value is missing)');
	});

	it('asks no margin of error', () => {
		const qs = generateFigureQuestions(analyze('The eruption of this ignimbrite occurred 443,000 ± 8000 years ago, according to the survey team.', '2019-07-20').sentences);
		expect(qs.filter((c) => c.question.answer === '8000' || c.question.answer === '443,000')).toEqual([]);
	});

	it('drops a sequence word that needs the sentence before', () => {
		expect(tidySentence('Finally a deal was reached in 1881.')).toBe('A deal was reached in 1881.');
		expect(tidySentence('Eventually the two sides agreed.')).toBe('The two sides agreed.');
	});
});

describe('who’s who cards', () => {
	it('asks a rank as a rank and an office as an office', () => {
		const { sentences } = analyze('In September 1945, General Hollis Brandt took charge of the occupation. In 1851, Foreign Minister Arlen Whitcombe authorized an expedition.');
		const prompts = generateRoleCards(sentences).map((c) => `${c.question.prompt} → ${c.question.answer}`);
		expect(prompts.some((p) => /^What rank did Hollis Brandt hold.* → General$/.test(p))).toBe(true);
		expect(prompts.some((p) => /^What office did Arlen Whitcombe hold.* → Foreign Minister$/.test(p))).toBe(true);
	});
});

describe('cards a student can answer', () => {
	it('asks no office that everyone knows its holder by', () => {
		const { sentences } = analyze('In 1851, President Arlen Whitcombe authorized an expedition. In 1852, Foreign Minister Hal Dorrit signed the note.');
		const answers = generateRoleCards(sentences).filter((c) => c.form === 'office-card').map((c) => c.question.answer);
		expect(answers).toEqual(['Foreign Minister']);
	});

	it('writes no card on what someone hoped or feared, only on what they demanded or proposed', () => {
		const { sentences, actors } = analyze('Foreign Minister Taro Kono hoped that the talks would resume soon after the summer break ended. Foreign Minister Taro Kono demanded the return of the two islands.');
		const cards = generatePositionQuestions(sentences, actors).filter((c) => c.form === 'what-position');
		expect(cards.map((c) => c.question.prompt)).toEqual([expect.stringMatching(/^What did Taro Kono demand/)]);
	});

	it('asks no month without a year, and drops a linking word inside the sentence', () => {
		// Which March? In an essay of 2019 on 1933, the one of 1933 the sentences before name; in a 2019 report, its own.
		expect(generateDateQuestions(analyze('The crisis began in 1933. In March, the council voted to close the old harbour for repairs.', '2019-07-20').sentences).filter((c) => !/1933/.test(c.question.answer + c.question.prompt))).toEqual([]);
		expect(generateDateQuestions(analyze('In March, the council voted to close the old harbour for repairs.', '2019-07-20').sentences).length).toBeGreaterThan(0);
		expect(generateDateQuestions(analyze('In March 2011, the council voted to close the old harbour for repairs.', '2019-07-20').sentences).length).toBeGreaterThan(0);
		expect(tidySentence('Japan, however, refused to sign the treaty in 1951.')).toBe('Japan refused to sign the treaty in 1951.');
	});

	it('counts “four days earlier” and “the two met” as leaning on the sentences before', () => {
		for (const text of ['Four days earlier, the council had voted to close the harbour in 2011.', 'The two met again in Vienna in June 1961 to discuss the city.', 'Trade grew in the 30 years that followed, as the port expanded in 1950.'])
			expect(leansOnEarlier(text)).toBe(true);
		expect(leansOnEarlier('Austria and Hungary signed a treaty in Vienna in 1961.')).toBe(false);
	});
});

describe('position cards', () => {
	it('names an organisation with “the” and puts the recipient of a promise in the question', () => {
		const { sentences, actors } = analyze('The final agreement kept the bases, and the Harbor Authority promised Veldland a new security pact for the coast.');
		const auth = actors.find((a) => a.name === 'Harbor Authority');
		expect(auth && displayName(auth)).toBe('the Harbor Authority');
		const card = generatePositionQuestions(sentences, actors).find((c) => c.form === 'what-position');
		expect(card?.question.prompt).toMatch(/^What did the Harbor Authority promise Veldland, according to/);
		expect(card?.question.answer).toBe('a new security pact for the coast');
	});

	it('writes no open “What did X say” card', () => {
		const { sentences, actors } = analyze('Foreign Minister Taro Kono said that the two countries would meet again in the spring to continue the talks.');
		const cards = generatePositionQuestions(sentences, actors).filter((c) => c.form === 'what-position');
		expect(cards).toEqual([]);
	});
});

describe('dates on a cycle', () => {
	it('gives a presidential election year distractors four years apart', () => {
		const { sentences } = analyze('Campaigners exploited the fear of a missile gap in the 1960 presidential election, which brought a new president to power.', '2015-10-19');
		const choice = generateDateQuestions(sentences).find((c) => c.question.type === 'choice');
		expect(choice).toBeDefined();
		for (const y of choice!.question.choices!) expect(Math.abs(Number(y) - 1960) % 4).toBe(0);
	});

	it('moves a century by centuries, a decade by decades, and never past the article’s date', () => {
		expect(nearbyDates({ surface: '1800s', value: '1800', precision: 'decade', start: 0, end: 5 })).toEqual(['1700s', '1900s', '1600s', '2000s', '1500s']);
		expect(nearbyDates({ surface: '1990s', value: '1990', precision: 'decade', start: 0, end: 5 })[0]).toBe('1980s');
		const early = generateDateQuestions(analyze('Settlers reached the valley in the early 1900s and built farms along the river.', '2019-07-20').sentences).find((c) => c.question.type === 'choice');
		expect(early?.question.choices?.length).toBe(4);
		for (const x of early!.question.choices!) expect(Number(x.slice(0, 4)) % 100).toBe(0);
		const decade = generateDateQuestions(analyze('The 2000s saw the birth of a number of small parties with new positions on trade.', '2019-07-20').sentences).find((c) => c.question.type === 'choice');
		for (const x of decade?.question.choices ?? []) expect(Number(x.slice(0, 4))).toBeGreaterThanOrEqual(1970);
		for (const x of decade?.question.choices ?? []) expect(Number(x.slice(0, 4))).toBeLessThanOrEqual(2019);
	});

	it('never alters the year of a bound (“By 1904 …”) into a false statement', () => {
		const tf = generateDateQuestions(analyze('By 1904, the two empires had endured several years of disputes over control of the northern province.', '2015-10-19').sentences).filter((c) => c.form === 'truefalse-date');
		expect(tf.length).toBeGreaterThan(0);
		for (const c of tf) expect(c.question.answer).toBe('True');
	});

	it('keeps a choice whose year the sentence shown before gives away out of the bank', () => {
		const { sentences } = analyze('A deal was finally reached with the governor in 1881 after long talks. In March 1881, the group left the port and started the journey towards the valley on foot.', '2019-07-20');
		const choice = generateDateQuestions([sentences[1]]).find((c) => c.question.type === 'choice' && c.question.answer === 'March 1881')!;
		expect(choice.question.choices!.some((x) => !x.includes('1881'))).toBe(true);
		expect(withContext(choice, sentences[1], sentences[0])).toBeNull();
	});
});

describe('what a prompt leaves unsaid', () => {
	it('counts a “however” inside the sentence and an opening “At the same time” as leaning on the sentences before', () => {
		expect(leansOnEarlier('The task in the 1990s, however, was complicated by the loss of the old records.')).toBe(true);
		expect(leansOnEarlier('At the same time, the number of troops in 1948 was about 140,000.')).toBe(true);
		expect(leansOnEarlier('The harbour was rebuilt in the 1990s after the storm.')).toBe(false);
	});

	it('takes a time after a definite noun for no explanation of which one (“the task in the 1990s”)', () => {
		expect(unexplainedDefinite('The task in the 1990s was complicated by the loss of the old records.')).toBe('The task');
		expect(unexplainedDefinite('The task of rebuilding Port Dale in the 1990s fell to Anna Berg.')).toBeNull();
	});

	it('never blanks a name after its capitalised “The”', () => {
		const text = 'As Lena Ward told The Huffington Post, ozone has dropped in the valley. Lena Ward spoke to The Daily Planet and the Clarion Times about the farms.';
		const { sentences, actors, gate } = analyze(text, '2014-07-20');
		const cut = generateActorQuestions(sentences, actors).filter((c) => /\bThe _____/.test(c.question.prompt));
		expect(cut.length).toBeGreaterThan(0);
		for (const c of cut) expect(gate(c)?.gate).toBe('bad-cloze');
	});

	it('drops an opening “Furthermore,” or “Additionally,” from what the learner reads', () => {
		expect(tidySentence('Furthermore, The Daily Planet reported on July 22 that the river was low.')).toBe('The Daily Planet reported on July 22 that the river was low.');
		expect(tidySentence('Additionally, the council closed the harbour in 2011.')).toBe('The council closed the harbour in 2011.');
	});

	it('accepts the short form a text gives an organisation in brackets', () => {
		const { actors } = analyze('The North Atlantic Treaty Organization (NATO) met in Brussels in 1994. Officials of the North Atlantic Treaty Organization debated its expansion.');
		expect(actors.find((a) => a.name === 'North Atlantic Treaty Organization')?.aliases).toContain('NATO');
	});
});

describe('what a careful teacher leaves out', () => {
	it('counts “X also said” and “likewise” as leaning on the sentences before', () => {
		expect(leansOnEarlier('Memon also said she believed the movement had helped the students.')).toBe(true);
		expect(leansOnEarlier('Mr. Tedeschi also told the court that the girl had been ill for months.')).toBe(true);
		expect(leansOnEarlier('The board likewise banned films that it considered hostile.')).toBe(true);
		expect(leansOnEarlier('Memon said she believed the movement had helped the students.')).toBe(false);
	});

	it('asks nothing of an instruction to the reader of a web page', () => {
		const { sentences } = analyze('See the Electoral College timeline of events for the 2024 election.', '2025-01-13');
		const asked = generateDateQuestions(sentences).map(scoreCandidate);
		expect(asked.length).toBeGreaterThan(0);
		for (const c of asked) expect(c.notes).toContain('an instruction to the reader, not a fact');
	});

	it('takes an organisation a page names in most sentences for its main subject', () => {
		const text = [
			'The Harbour Board is not a physical building.',
			'The Harbour Board meets every March in 2024 to set the fees.',
			'Members of the Harbour Board are chosen by the towns.',
			'The Harbour Board published its report in 2023.',
			'The River Council asked the Harbour Board for help.'
		].join(' ');
		const { sentences, actors, gate } = analyze(text, '2025-01-13');
		const board = generateActorQuestions(sentences, actors).filter((c) => c.question.answer === 'Harbour Board');
		expect(board.length).toBeGreaterThan(0);
		for (const c of board) expect(gate(c)?.gate).toBe('give-away');
	});

	it('never blanks an organisation whose name goes on after the blank (“the _____ of Cassation”)', () => {
		const { sentences, actors } = analyze('The ruling of the Supreme Court of Cassation on July 8 was welcomed. The Supreme Court said the schools must pay. The Supreme Court of Cassation sits in Rome.', '2015-08-02');
		const cut = generateActorQuestions(sentences, actors).filter((c) => /_____ of Cassation/.test(c.question.prompt));
		expect(cut).toEqual([]);
	});
});

describe('the article’s title in the prompt', () => {
	it('names the article when its title says which one a definite noun means', () => {
		const { sentences } = analyze('By late July, the area under the severe drought widened slightly to 26.82% despite widespread rains.', '2019-07-20');
		const c = scoreCandidate(generateFigureQuestions(sentences).find((x) => x.question.type === 'choice')!);
		expect(c.notes).toContain('a definite noun the prompt does not explain');
		const named = nameArticle(c, '2016 Valley drought', sentences[0].attribution);
		expect(named?.question.prompt).toContain(`according to ${sentences[0].attribution} in “2016 Valley drought”?`);
		expect(scoreCandidate(named!).notes).not.toContain('a definite noun the prompt does not explain');
		expect(nameArticle(c, 'Farming in the valley', sentences[0].attribution)).toBeNull();
		const land = analyze('The country was the first to ban the plant outright in 1970.', '2019-07-20').sentences;
		const banned = scoreCandidate(generateDateQuestions(land).find((x) => x.question.type === 'choice')!);
		expect(nameArticle(banned, 'Cannabis in France', land[0].attribution)?.question.prompt).toContain('in “Cannabis in France”');
	});
});

describe('prompts with one right answer', () => {
	it('refuses a blank that another sentence of the article fills with someone else', () => {
		const text = 'Ana Lind scored twice in the first match. Ana Lind won the Budweiser Man of the Match award. In the second match, Eva Berg scored once. Eva Berg won the Budweiser Man of the Match award. Ana Lind and Eva Berg met again in the final.';
		const { sentences, actors, gate } = analyze(text, '2018-06-20');
		const award = generateActorQuestions(sentences, actors).filter((c) => /^_____ won the Budweiser/.test(c.question.prompt.replace(/^[^:?]*[:?] /, '')));
		expect(award.length).toBeGreaterThan(0);
		for (const c of award) expect(gate(c)?.gate).toBe('ambiguous');
	});

	it('does not take a date’s blank for who “he” is', () => {
		const { sentences, gate } = analyze('Joseph Weizenbaum was born in Berlin. He studied mathematics. In 1964 he took a position at the institute in Boston.', '2019-07-20');
		const asked = generateDateQuestions(sentences).filter((c) => c.question.answer === '1964' && c.question.type !== 'truefalse');
		expect(asked.length).toBeGreaterThan(0);
		for (const c of asked) expect(gate(c)?.gate).toBe('unresolved-pronoun');
	});
});

describe('surnames as the text writes them', () => {
	it('keeps a surname’s particle in a choice written by surname (“De Bruyne”, not “Bruyne”)', () => {
		const person = (name: string) => ({ id: name.toLowerCase().replace(/ /g, '-'), name, aliases: [name], kind: 'person' as const, side: 'Belgium', role: '' });
		expect(writeLike(person('Kevin De Bruyne'), 'Lukaku', person('Romelu Lukaku'))).toBe('De Bruyne');
		expect(writeLike({ ...person('Kevin De Bruyne'), aliases: ['Kevin De Bruyne', 'De Bruyne'] }, 'Lukaku', person('Romelu Lukaku'))).toBe('De Bruyne');
		expect(writeLike(person('Eden Hazard'), 'Lukaku', person('Romelu Lukaku'))).toBe('Hazard');
	});
});

describe('statements that are neither true nor false', () => {
	it('scores a counterfactual (“would have been”) as a hedged true/false statement', () => {
		const { sentences } = analyze('As the home of modern air travel since 1916, Seattle would have been a perfect fit for the museum.', '2011-04-12');
		const tf = generateDateQuestions(sentences).filter((c) => c.form === 'truefalse-date').map(scoreCandidate);
		expect(tf.length).toBeGreaterThan(0);
		for (const c of tf) expect(c.notes).toContain('a hedged true/false statement');
	});
});
