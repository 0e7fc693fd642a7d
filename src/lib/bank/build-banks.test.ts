import { describe, expect, it } from 'vitest';
import type { Bank, BankFacts, BankIndex } from '../format/bank-format';
import { buildBanks } from './build-banks';
import { BuildError } from './errors';
import { fixtureInput, STRATFOR, TATSUMI } from './testing/fixtures';

function bankOf(files: { path: string; text: string }[], path: string): Bank {
	const f = files.find((x) => x.path === path);
	if (!f) throw new Error(`no ${path}`);
	return JSON.parse(f.text) as Bank;
}

describe('buildBanks', () => {
	const result = buildBanks(fixtureInput());

	it('writes an index, a corpus bank and one bank per article, each with its facts', () => {
		const banks = ['corpus', 'tatsumi', 'stratfor', 'third'];
		expect(result.files.map((f) => f.path)).toEqual(['index.json', ...banks.map((b) => `${b}.json`), ...banks.map((b) => `${b}.facts.json`)]);
		const index = JSON.parse(result.files[0].text) as BankIndex;
		expect(index.banks.map((b) => [b.id, b.file, b.questionCount])).toEqual([
			['corpus', 'corpus.json', result.questions.length],
			...['tatsumi', 'stratfor', 'third'].map((id) => [id, `${id}.json`, result.questions.filter((q) => q.sources[0].doc === id).length])
		]);
	});

	it('puts each question in the bank of its first source', () => {
		const tatsumi = bankOf(result.files, 'tatsumi.json');
		expect(tatsumi.questions.length).toBeGreaterThan(0);
		for (const q of tatsumi.questions) expect(q.sources[0].doc).toBe('tatsumi');
		expect(tatsumi.documents.map((d) => d.id)).toContain('tatsumi');
	});

	it('ships only grounded questions: every quote is at its offsets in its document', () => {
		const texts: Record<string, string> = { tatsumi: TATSUMI };
		for (const q of bankOf(result.files, 'tatsumi.json').questions)
			for (const s of q.sources) if (texts[s.doc]) expect(texts[s.doc].slice(s.start, s.end)).toBe(s.quote);
	});

	it('generates every kind the fixtures allow: date, actor, poll, number, position (places: generate-any-document.test.ts)', () => {
		expect(Object.keys(result.summary.byKind).sort()).toEqual(expect.arrayContaining(['actor', 'date', 'number', 'poll', 'position']));
		expect(result.questions.some((q) => q.type === 'truefalse')).toBe(true);
		expect(result.questions.some((q) => q.type === 'choice' && q.origin === 'generated')).toBe(true);
	});

	it('writes each bank’s facts: dated events in order, actors, positions, each quoting its sentence at its offsets', () => {
		const index = JSON.parse(result.files.find((f) => f.path === 'index.json')!.text) as BankIndex;
		const texts: Record<string, string> = { tatsumi: TATSUMI, stratfor: STRATFOR };
		for (const entry of index.banks) {
			expect(entry.facts).toBe(`${entry.id}.facts.json`);
			const facts = JSON.parse(result.files.find((f) => f.path === entry.facts)!.text) as BankFacts;
			const bank = bankOf(result.files, entry.file);
			expect(facts.version).toBe(bank.version);
			const ids = new Set(bank.questions.map((q) => q.id));
			const sources = [...facts.events.map((e) => e.source), ...facts.positions.map((p) => p.source), ...facts.actors.flatMap((a) => a.mentions)];
			for (const s of sources) expect(texts[s.doc].slice(s.start, s.end)).toBe(s.quote);
			for (const q of [...facts.events, ...facts.actors, ...facts.positions].flatMap((x) => x.questions)) expect(ids.has(q)).toBe(true);
			for (const list of [facts.events, facts.actors, facts.positions]) expect(new Set(list.map((x) => x.id)).size).toBe(list.length);
			const dates = facts.events.map((e) => e.date.replace(/s$/, ''));
			expect(dates).toEqual([...dates].sort());
		}
		const corpus = JSON.parse(result.files.find((f) => f.path === 'corpus.facts.json')!.text) as BankFacts;
		expect(corpus.events.some((e) => e.surface === 'Nov. 14' && e.date === '2018-11-14' && e.precision === 'day')).toBe(true);
		expect(corpus.actors.find((a) => a.name.endsWith('Lavrov'))?.side).toBe('Russia');
		expect(corpus.positions.some((p) => /recognize the outcome of World War II/.test(p.stance))).toBe(true);
	});

	it('is deterministic: two builds give byte-identical files', () => {
		const again = buildBanks(fixtureInput());
		expect(again.files).toEqual(result.files);
		expect(again.report).toBe(result.report);
	});

	it('changes a bank version when what a learner sees changes, and only that bank and the corpus', () => {
		const input = fixtureInput();
		const changed = buildBanks({ ...input, curated: [{ ...input.curated[0], text: input.curated[0].text.replace('On what date', 'On which date') }] });
		const v = (r: typeof result, p: string) => bankOf(r.files, p).version;
		expect(v(changed, 'tatsumi.json')).not.toBe(v(result, 'tatsumi.json'));
		expect(v(changed, 'corpus.json')).not.toBe(v(result, 'corpus.json'));
		expect(v(changed, 'stratfor.json')).toBe(v(result, 'stratfor.json'));
	});

	it('lists rejected candidates with their reasons in the report', () => {
		// e.g. "give-away: a title before the blank names its holder at the time"
		expect(result.report).toMatch(/\] (?:give-away|unresolved-pronoun|answer-in-prompt): \S/);
		expect(result.report).toContain('by kind:');
	});

	it('drops a generated question rejected in review.yaml, with the reason in the report', () => {
		const victim = result.questions.find((q) => q.origin === 'generated')!;
		const r = buildBanks(fixtureInput({ review: { path: 'questions/review.yaml', text: `- {id: ${victim.id}, action: reject, reason: "reads badly"}\n` } }));
		expect(r.questions.map((q) => q.id)).not.toContain(victim.id);
		expect(r.report).toContain(`${victim.id} [${victim.sources[0].doc}`);
		expect(r.report).toContain('review: reads badly');
	});

	it('stops on an edit that breaks a gate, naming review.yaml and its line', () => {
		const victim = result.questions.find((q) => q.origin === 'generated' && (q.type === 'cloze' || q.type === 'choice'))!;
		const review = { path: 'questions/review.yaml', text: `# edits\n- id: ${victim.id}\n  action: edit\n  prompt: "Who was it? ${victim.answer}"\n` };
		expect(() => buildBanks(fixtureInput({ review }))).toThrow(/questions\/review\.yaml:2: edit of g-[0-9a-z]+: answer-in-prompt/);
	});

	it('stops on a curated question failing a gate, with file:line: reason', () => {
		const input = fixtureInput();
		const text = input.curated[0].text.replace('prompt: "On what date in 2018 did Taro Kono meet his Russian counterpart?"', 'prompt: "On what date (Nov. 23) did he meet his Russian counterpart?"');
		try {
			buildBanks({ ...input, curated: [{ ...input.curated[0], text }] });
			throw new Error('expected a failure');
		} catch (e) {
			expect(e).toBeInstanceOf(BuildError);
			expect((e as BuildError).message).toMatch(/^questions\/curated\/tatsumi\.yaml:3: answer-in-prompt/);
		}
	});

	it('builds without actors.yaml and without curated files: the actors come from the text', () => {
		const r = buildBanks(fixtureInput({ actors: null, curated: [], review: null }));
		const actorQuestions = r.questions.filter((q) => q.kind === 'actor');
		expect(actorQuestions.length).toBeGreaterThan(0);
		// Every answer about an actor is a name the quote itself gives.
		for (const q of actorQuestions) expect(q.sources[0].quote).toContain(q.answer);
		expect(r.summary.total).toBeGreaterThan(0);
	});
});
