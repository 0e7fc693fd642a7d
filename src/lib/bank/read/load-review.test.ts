import { describe, expect, it } from 'vitest';
import { loadReview } from './load-review';

const path = 'questions/review.yaml';

describe('loadReview', () => {
	it('reads approvals, rejections and edits by id with their lines', () => {
		const r = loadReview({ path, text: '- {id: g-a, action: approve}\n- {id: g-b, action: reject, reason: "reads badly"}\n- id: g-c\n  action: edit\n  prompt: "New wording?"\n' });
		expect([...r.keys()]).toEqual(['g-a', 'g-b', 'g-c']);
		expect(r.get('g-c')).toMatchObject({ action: 'edit', prompt: 'New wording?', place: { file: path, line: 3 } });
	});

	it('is empty when the file is absent or an empty list', () => {
		expect(loadReview(null).size).toBe(0);
		expect(loadReview({ path, text: '[]\n' }).size).toBe(0);
	});

	it('rejects an unknown action, a rejection without reason, a twice-reviewed id and a wrong field type', () => {
		expect(() => loadReview({ path, text: '- {id: g-a, action: maybe}\n' })).toThrow(/review\.yaml:1: "g-a": action must be approve, reject or edit/);
		expect(() => loadReview({ path, text: '- {id: g-a, action: reject}\n' })).toThrow(/needs a reason/);
		expect(() => loadReview({ path, text: '- {id: g-a, action: approve}\n- {id: g-a, action: approve}\n' })).toThrow(/review\.yaml:2: "g-a" is reviewed twice/);
		expect(() => loadReview({ path, text: '- {id: g-a, action: edit, choices: "a, b"}\n' })).toThrow(/choices has the wrong type/);
	});
});
