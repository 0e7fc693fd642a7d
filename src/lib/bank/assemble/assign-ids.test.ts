import { describe, expect, it } from 'vitest';
import { assignId, curatedId, generatedId } from './assign-ids';
import { buildBanks } from '../build-banks';
import { fixtureInput } from '../testing/fixtures';

describe('question ids', () => {
	it('do not depend on the prompt: rewording keeps the id', () => {
		const base = {
			form: 'cloze-date',
			anchor: 'On Nov. 14, Abe met Putin.',
			fact: 'Nov. 14',
			aliases: [],
			score: 1,
			notes: [],
			question: {
				id: '',
				type: 'cloze' as const,
				kind: 'date' as const,
				prompt: 'On _____, Abe met Putin.',
				answer: 'Nov. 14',
				sources: [{ doc: 'd', quote: 'On Nov. 14, Abe met Putin.', start: 0, end: 26 }],
				origin: 'generated' as const
			}
		};
		const a = assignId(base).question.id;
		const b = assignId({ ...base, question: { ...base.question, prompt: 'Fill in: On _____, Abe met Putin.' } }).question.id;
		expect(a).toMatch(/^g-[0-9a-z]{12}$/);
		expect(b).toBe(a);
	});

	it('survive moved offsets and spacing/quote changes in the sentence, and change with the answer or document', () => {
		const id = generatedId('d', 'cloze', 'Nov. 14', 'cloze-date', 'On Nov. 14, Abe met “Putin”.', 'Nov. 14');
		expect(generatedId('d', 'cloze', 'nov 14', 'cloze-date', 'On  Nov. 14, Abe met "Putin".', 'Nov. 14')).toBe(id);
		expect(generatedId('d', 'cloze', 'Nov. 15', 'cloze-date', 'On Nov. 14, Abe met “Putin”.', 'Nov. 14')).not.toBe(id);
		expect(generatedId('e', 'cloze', 'Nov. 14', 'cloze-date', 'On Nov. 14, Abe met “Putin”.', 'Nov. 14')).not.toBe(id);
	});

	it('of curated questions come from the document and slug', () => {
		expect(curatedId('tatsumi', 'kono-lavrov-date')).toBe(curatedId('tatsumi', 'kono-lavrov-date'));
		expect(curatedId('tatsumi', 'kono-lavrov-date')).not.toBe(curatedId('tatsumi', 'kono-lavrov-place'));
	});

	it('are the same in two builds, and a curated question keeps its id when its prompt is reworded', () => {
		const first = buildBanks(fixtureInput());
		const again = buildBanks(fixtureInput());
		expect(again.questions.map((q) => q.id)).toEqual(first.questions.map((q) => q.id));
		const input = fixtureInput();
		const reworded = buildBanks({
			...input,
			curated: [{ ...input.curated[0], text: input.curated[0].text.replace('On what date in 2018 did Taro Kono meet', 'When in 2018 did Japan’s foreign minister Taro Kono meet') }]
		});
		const curated = (r: typeof first) => r.questions.filter((q) => q.origin === 'curated');
		expect(curated(reworded)[0].prompt).toContain('foreign minister');
		expect(curated(reworded)[0].id).toBe(curated(first)[0].id);
	});

	it('survive an edit in review.yaml (the edited prompt ships under the same id)', () => {
		const first = buildBanks(fixtureInput());
		const target = first.questions.find((q) => q.origin === 'generated' && (q.type === 'cloze' || q.type === 'choice'));
		expect(target).toBeDefined();
		const review = { path: 'questions/review.yaml', text: `- id: ${target!.id}\n  action: edit\n  prompt: ${JSON.stringify(target!.prompt + ' ')}\n  explanation: "Edited by hand."\n` };
		const edited = buildBanks(fixtureInput({ review })).questions.find((q) => q.id === target!.id);
		expect(edited?.explanation).toBe('Edited by hand.');
	});
});
