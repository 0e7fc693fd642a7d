import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanDocument } from './clean-document';
import { TATSUMI, STRATFOR } from '../testing/fixtures';

function keptText(text: string, title?: string): string[] {
	return cleanDocument(text, title).body.map((r) => text.slice(r.start, r.end));
}

describe('cleanDocument', () => {
	it('keeps the body and drops print, section, title, byline and tag furniture', () => {
		const kept = keptText(TATSUMI, 'Peace talks test article');
		expect(kept[0]).toMatch(/^WASHINGTON – On Nov\. 14/);
		expect(kept.join('\n')).not.toMatch(/print PRINT|INTERNATIONAL >|By Yuki Tatsumi|Ambassador|Peace talks test article/);
		expect(kept).toHaveLength(4);
	});

	it('drops page metadata and everything from the copyright line on', () => {
		const kept = keptText(STRATFOR, 'Odds article title').join('\n');
		expect(kept).not.toMatch(/MINS READ|Copyright|Stratfor Enterprises/);
		expect(kept).toContain('more than 3 in 4 Russians');
	});

	it('returns offsets into the original text, so quotes are found where they stand', () => {
		const { body } = cleanDocument(TATSUMI);
		for (const r of body) expect(TATSUMI.indexOf(TATSUMI.slice(r.start, r.end))).toBe(r.start);
		expect(body[0].start).toBe(TATSUMI.indexOf('WASHINGTON'));
	});

	it('drops a link box to another article (title, bare author name, teaser, label)', () => {
		const text = 'Body one is a real sentence about the talks.\n\nA Teaser Title: No Sensations\nNikolay Murashkin\nThe latest summit brought back the everyday tonality to the discussion.\nOpinions\n\nBody two is another real sentence about the talks.\n';
		const { body, dropped } = cleanDocument(text);
		expect(body.map((r) => text.slice(r.start, r.end))).toEqual([
			'Body one is a real sentence about the talks.',
			'Body two is another real sentence about the talks.'
		]);
		expect(dropped.filter((d) => d.reason === 'link-box')).toHaveLength(4);
	});

	it('drops a body that appears twice, keeping the first copy', () => {
		const para = 'The majority of the Japanese public disapproves of any deal being signed.';
		const text = `Heading Heading\n\n${para}\n\nSecond paragraph of the body, written once here.\n\n${para}\n`;
		const { body, dropped } = cleanDocument(text);
		expect(body.map((r) => r.start)).toEqual([text.indexOf(para), text.indexOf('Second')]);
		expect(dropped.map((d) => d.reason)).toContain('duplicate');
		expect(dropped.map((d) => d.reason)).toContain('doubled-heading');
	});

	it('cleans the real captures: the Murashkin box and the repeated Kozyrev body are gone', () => {
		const valdai = readFileSync('questions/sources/valdai-2019-02-why-so-difficult.txt', 'utf8');
		const v = keptText(valdai).join('\n');
		expect(v).not.toContain('Nikolay Murashkin');
		expect(v).not.toContain('Views expressed');
		expect(v).toContain('Russia, for its part, wants much more from Japan.');
		const kozyrev = readFileSync('questions/sources/kozyrev-ewc-2019-demystifying-treaty-talks.txt', 'utf8');
		const k = keptText(kozyrev);
		const opening = k.filter((p) => p.startsWith('In this time of strategic uncertainty'));
		expect(opening).toHaveLength(1);
		expect(k.join('\n')).not.toMatch(/EWC logo|Asia Pacific Bulletin Asia Pacific Bulletin|Error message/);
	});
});
