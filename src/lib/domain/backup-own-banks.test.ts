// Own banks in the backup (format 2): written with the progress, read back, checked like a shared bank file; an
// older backup (format 1, no own banks) still reads.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BackupError, createBackup, parseBackup, type OwnBankEntry } from './backup';
import { makeOwnFixture } from './fixtures/own-bank';
import { DAY, NOW } from './fixtures/bank';
import { DEFAULT_SETTINGS } from './types';
import { readOwnBankFile, writeOwnBankFile } from './own-bank-file';

const { bank, text } = makeOwnFixture();
const entry: OwnBankEntry = { bank, text, addedAt: NOW - 2 * DAY, savedAt: NOW - DAY, origin: 'bridge.pdf' };
const withBanks = (ownBanks: unknown[]) => JSON.stringify({ ...createBackup({ reviews: [], cards: [], settings: DEFAULT_SETTINGS, flags: [] }, NOW), ownBanks });
const errorOf = (raw: string): BackupError => {
	try {
		parseBackup(raw, NOW);
	} catch (e) {
		if (e instanceof BackupError) return e;
		throw e;
	}
	throw new Error('accepted');
};

describe('own banks in a backup', () => {
	it('reads back the banks it wrote, exact repeats once', () => {
		expect(parseBackup(withBanks([entry]), NOW).ownBanks).toEqual([entry]);
		expect(parseBackup(withBanks([entry, entry]), NOW).ownBanks).toEqual([entry]);
	});

	it('reads an older backup (format 1, before own banks travelled) as one with none', () => {
		const old = JSON.parse(withBanks([]));
		delete old.ownBanks;
		old.format = 1;
		expect(parseBackup(JSON.stringify(old), NOW)).toMatchObject({ format: 2, ownBanks: [] });
	});

	it('refuses the whole file when a bank is damaged, saying which bank and why', () => {
		const changedText = { ...entry, text: entry.text.replace('council', 'counsel') };
		expect(errorOf(withBanks([entry, changedText]))).toMatchObject({
			code: 'invalid',
			message: expect.stringMatching(/^This backup file is damaged\. Its own bank 2 cannot be restored: its document does not match its text \(the text was changed\)\. .*Nothing was imported\.$/)
		});
		const editedAnswer = structuredClone(entry);
		editedAnswer.bank.questions[0].answer = '8';
		expect(errorOf(withBanks([editedAnswer])).message).toMatch(/own bank 1 cannot be restored: its questions or details were changed/);
		expect(errorOf(withBanks([{ ...entry, bank: null }])).message).toMatch(/own bank 1 cannot be restored: it is damaged/);
		expect(errorOf(withBanks([{ ...entry, text: 5 }])).message).toMatch(/the “text” of own bank 1 is missing/);
		expect(errorOf(withBanks([{ ...entry, savedAt: NOW + 3 * DAY }])).message).toMatch(/was last saved on .* impossible or in the future/);
		expect(errorOf(withBanks([entry, { ...entry, savedAt: NOW }])).message).toMatch(/Two different copies of the own bank “My article”/);
		expect(errorOf(withBanks('x' as unknown as unknown[])).message).toMatch(/its list of own banks/);
	});

	it('accepts a bank only if the shared-file reader accepts it (any change to its text or questions)', () => {
		const field = fc.constantFrom('none', 'text', 'answer', 'prompt', 'quote', 'start', 'id', 'title', 'date', 'choices');
		const tally = { restored: 0, refused: 0 };
		fc.assert(
			fc.property(field, fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)), (f, value) => {
				const e = structuredClone(entry) as unknown as { text: unknown; bank: { title: unknown; questions: Record<string, unknown>[]; documents: Record<string, unknown>[] } };
				const q = e.bank.questions[0];
				if (f === 'none') void 0;
				else if (f === 'text') e.text = value;
				else if (f === 'title') e.bank.title = value;
				else if (f === 'date') e.bank.documents[0].date = value;
				else if (f === 'quote' || f === 'start') (q.sources as Record<string, unknown>[])[0][f] = value;
				else q[f] = value;
				const shared = typeof e.text === 'string' ? readOwnBankFile(writeOwnBankFile(e.bank as never, e.text)).ok : false;
				let restored: boolean;
				try {
					restored = parseBackup(withBanks([e]), NOW).ownBanks.length === 1;
				} catch (error) {
					if (!(error instanceof BackupError)) throw error;
					restored = false;
				}
				expect(restored).toBe(shared);
				tally[restored ? 'restored' : 'refused']++;
			}),
			{ numRuns: 300 }
		);
		expect(tally.restored).toBeGreaterThan(10);
		expect(tally.refused).toBeGreaterThan(100);
	});
});
