/** questions/review.yaml: a person's approvals, rejections and edits of generated questions, by id. */
import type { YamlFile } from './parse-yaml';
import type { ErrorPlace } from '../errors';
import { BuildError } from '../errors';
import { parseYaml } from './parse-yaml';

export interface ReviewEntry {
	id: string;
	action: 'approve' | 'reject' | 'edit';
	reason?: string;
	prompt?: string;
	answer?: string;
	accept?: string[];
	choices?: string[];
	explanation?: string;
	place: ErrorPlace;
}

const EDITABLE = ['prompt', 'answer', 'accept', 'choices', 'explanation'] as const;

export function loadReview(file: YamlFile | null): Map<string, ReviewEntry> {
	const out = new Map<string, ReviewEntry>();
	if (!file) return out;
	const parsed = parseYaml(file);
	const list = parsed.value ?? [];
	if (!Array.isArray(list)) throw new BuildError('review-invalid', { file: file.path, line: 1 }, 'the file must be a YAML list');
	list.forEach((raw: unknown, i: number) => {
		const place = { file: file.path, line: parsed.lineOf([i]) };
		const r = (raw ?? {}) as Record<string, unknown>;
		if (typeof r.id !== 'string' || !r.id) throw new BuildError('review-invalid', place, `entry ${i + 1} has no id`);
		if (r.action !== 'approve' && r.action !== 'reject' && r.action !== 'edit')
			throw new BuildError('review-invalid', place, `"${r.id}": action must be approve, reject or edit`);
		if (out.has(r.id)) throw new BuildError('duplicate-id', place, `"${r.id}" is reviewed twice (first at line ${out.get(r.id)?.place.line})`);
		const entry: ReviewEntry = { id: r.id, action: r.action, place };
		if (typeof r.reason === 'string') entry.reason = r.reason;
		for (const key of EDITABLE) {
			const v = r[key];
			if (v === undefined) continue;
			const ok = key === 'accept' || key === 'choices' ? Array.isArray(v) && v.every((x) => typeof x === 'string') : typeof v === 'string';
			if (!ok) throw new BuildError('review-invalid', { file: file.path, line: parsed.lineOf([i, key]) ?? place.line }, `"${r.id}": ${key} has the wrong type`);
			(entry as unknown as Record<string, unknown>)[key] = v;
		}
		if (entry.action === 'reject' && !entry.reason) throw new BuildError('review-invalid', place, `"${r.id}": a rejection needs a reason`);
		out.set(r.id, entry);
	});
	return out;
}
