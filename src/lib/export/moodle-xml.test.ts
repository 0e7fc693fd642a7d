import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { writeMoodleXml } from './moodle-xml';
import { emptySet, hostileSet, sampleSet } from './fixtures';

interface XmlText {
	text: string;
}
interface XmlQuestion {
	'@_type': string;
	name?: XmlText;
	questiontext?: XmlText & { '@_format': string };
	generalfeedback?: XmlText;
	idnumber?: string;
	answer?: (XmlText & { '@_fraction': string })[];
	graderinfo?: XmlText;
	category?: XmlText;
}

/** Parses with fast-xml-parser (validating first) and returns the questions, category first. */
function read(xml: string): XmlQuestion[] {
	expect(XMLValidator.validate(xml)).toBe(true);
	const parser = new XMLParser({
		ignoreAttributes: false,
		parseTagValue: false,
		parseAttributeValue: false,
		trimValues: false,
		isArray: (name) => name === 'question' || name === 'answer'
	});
	const doc = parser.parse(xml) as { quiz: { question: XmlQuestion[] } };
	return doc.quiz.question;
}

/** What Moodle shows for an html-format text: our escaping undone (XML entities are undone by the parser). */
const shown = (html: string) =>
	html.replace(/<br>/g, '\n').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('Moodle XML', () => {
	it('is valid XML with one question per bank question, each type mapped, the source in the general feedback', () => {
		const set = sampleSet();
		const [category, ...questions] = read(writeMoodleXml(set));
		expect(category['@_type']).toBe('category');
		expect(category.category?.text).toBe('$course$/top/Sourcedeck/Fixture bank');
		expect(questions.map((q) => q.idnumber)).toEqual(set.questions.map((q) => q.id));
		const type = (id: string) => questions.find((q) => q.idnumber === id);
		expect(type('q-choice')?.['@_type']).toBe('multichoice');
		expect(type('q-choice')?.answer?.map((a) => [a.text, a['@_fraction']])).toEqual([
			['Shinzo Abe', '0'],
			['Taro Kono', '100'],
			['Yoshihide Suga', '0'],
			['Fumio Kishida', '0']
		]);
		expect(type('q-tf')?.['@_type']).toBe('truefalse');
		expect(type('q-tf')?.answer?.map((a) => [a.text, a['@_fraction']])).toEqual([
			['true', '100'],
			['false', '0']
		]);
		expect(type('q-island')?.['@_type']).toBe('shortanswer');
		expect(type('q-island')?.answer?.map((a) => a.text)).toEqual(['Etorofu', 'Iturup', 'Etorofu / Iturup']);
		const order = type('q-order');
		expect(order?.['@_type']).toBe('ordering');
		expect(order?.answer?.map((a) => [shown(a.text), a['@_fraction']])).toEqual(
			(set.questions.find((q) => q.id === 'q-order')?.items ?? []).map((item, i) => [item, String(i + 1)])
		);
		expect(type('q-flash')?.['@_type']).toBe('essay');
		expect(type('q-flash')?.graderinfo?.text).toBe('The 1956 Japan-Soviet joint declaration');
		expect(shown(type('q-choice')?.generalfeedback?.text ?? '')).toBe(
			'Source: “Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov.” — Catalyst behind peace talks, 2018-11-20'
		);
	});

	it('hostile text is valid XML and shows as written (HTML shown as text, never as markup)', () => {
		const set = hostileSet();
		const [category, ...questions] = read(writeMoodleXml(set));
		expect(category.category?.text).toBe('$course$/top/Sourcedeck/Hostile "bank" <b>');
		expect(questions.map((q) => shown(q.questiontext?.text ?? ''))).toEqual(set.questions.map((q) => q.prompt.replace(/\r\n/g, '\n')));
		const html = questions.find((q) => q.idnumber === 'h-html');
		// The stored question text has no live tag: Moodle's HTML shows the characters.
		expect(html?.questiontext?.text).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;?');
		expect(html?.answer?.map((a) => shown(a.text))).toEqual(['<i>x</i>', 'a & b', '</answer>]]>']);
		// Short answers are compared as typed.
		expect(questions.find((q) => q.idnumber === 'h-formula')?.answer?.map((a) => a.text)).toEqual(['+1+2', '-3', '@SUM(A1)', "'=already"]);
	});

	it('a star in a short answer is a literal star, not Moodle’s wildcard', () => {
		const set = hostileSet();
		const [, question] = read(writeMoodleXml({ ...set, questions: [{ ...set.questions[1], answer: '5*2' }] }));
		expect(question.answer?.[0].text).toBe('5\\*2');
	});

	it('leaves out characters XML 1.0 cannot hold', () => {
		const set = hostileSet();
		const xml = writeMoodleXml({ ...set, questions: [{ ...set.questions[0], prompt: 'bell\u0007 and nul\u0000 here' }] });
		const [, question] = read(xml);
		expect(question.questiontext?.text).toBe('bell and nul here');
	});

	it('an empty bank is a valid quiz with its category alone', () => {
		expect(read(writeMoodleXml(emptySet())).map((q) => q['@_type'])).toEqual(['category']);
	});
});
