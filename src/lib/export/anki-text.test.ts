import { describe, expect, it } from 'vitest';
import { writeText } from './anki-text';
import { emptySet, hostileSet, sampleSet } from './fixtures';
import { parseImport } from './import-text';
import { readCsvWithExcelJs } from './read-with-exceljs';

describe('text for Anki and Quizlet', () => {
	it('anki: headers Anki reads, then front, back, source, article, tags', async () => {
		const { text } = writeText(sampleSet(), 'anki');
		expect(text.split('\n').slice(0, 4)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tSource\tArticle\tTags', '#tags column:5']);
		// Read as Anki does: tab-separated, # lines are comments, quoted fields may hold line breaks.
		const rows = await readCsvWithExcelJs(text, '\t', '#');
		expect(rows).toHaveLength(sampleSet().questions.length);
		const choice = rows.find((r) => r[0].startsWith('Who met Sergey Lavrov'));
		expect(choice?.[0]).toBe('Who met Sergey Lavrov on Nov. 23?\nA) Shinzo Abe\nB) Taro Kono\nC) Yoshihide Suga\nD) Fumio Kishida');
		expect(choice?.[1]).toBe('Taro Kono');
		expect(choice?.[2]).toBe('Foreign Minister Taro Kono met with his Russian counterpart Sergey Lavrov.');
		expect(choice?.[3]).toBe('Catalyst behind peace talks, 2018-11-20');
		expect(choice?.[4]).toBe('sourcedeck::corpus article::tatsumi-2018-11-catalyst-behind-peace-talks kind::actor');
	});

	it('anki: hostile text comes back intact, a leading # quoted so Anki does not skip the note', async () => {
		const set = hostileSet();
		const { text } = writeText(set, 'anki');
		expect(text).toContain('"#not a comment"');
		const rows = await readCsvWithExcelJs(text, '\t', '#');
		expect(rows).toHaveLength(set.questions.length);
		expect(rows[0].slice(0, 3)).toEqual(['Line one\nline two?', 'Two\r\nlines', 'A quote\nover two lines']);
		expect(rows[1][0]).toBe('Tab\there?');
		expect(rows[2][0]).toBe('He said "no" and \'yes\'?');
		expect(rows[3][2]).toBe('<img src=x onerror=alert(1)>');
		expect(rows[6][0]).toBe('#not a comment');
		// And our importer reads the same.
		const back = parseImport(text);
		expect(back.rows.map((r) => r.quote)).toEqual(set.questions.map((q) => q.sources[0].quote));
	});

	it('quizlet: no headers, one line per card, tabs and line breaks inside a field become spaces and are counted', () => {
		const { text, flattened } = writeText(hostileSet(), 'quizlet');
		const lines = text.split('\n').filter(Boolean);
		expect(lines).toHaveLength(hostileSet().questions.length);
		for (const line of lines) expect(line.split('\t')).toHaveLength(4);
		expect(lines[0].split('\t').slice(0, 3)).toEqual(['Line one line two?', 'Two lines', 'A quote over two lines']);
		// h-newline: prompt, answer, quote; h-tab: prompt, answer.
		expect(flattened).toBe(5);
	});

	it('an empty bank writes the headers (anki) or nothing (quizlet)', () => {
		expect(writeText(emptySet(), 'anki').text.split('\n').filter(Boolean)).toHaveLength(4);
		expect(writeText(emptySet(), 'quizlet').text).toBe('');
	});
});
