/**
 * questions/ids.json: every id ever shipped, so a retired id is never reused for a different question
 * (progress is keyed by id). Append-only: ids missing from a build are marked retired, not removed.
 */
import type { Question } from '../../format/bank-format';
import { BuildError } from '../errors';
import type { ErrorPlace } from '../errors';
import { normalizeText } from '../clean/normalize-text';

export interface RegistryEntry {
	doc: string;
	type: string;
	/** Normalised answer: what the id stands for. */
	answer: string;
	retired?: true;
}

export type Registry = Record<string, RegistryEntry>;

export function parseRegistry(path: string, text: string | null): Registry {
	if (text === null || text.trim() === '') return {};
	try {
		const data = JSON.parse(text) as { ids?: Registry };
		if (!data || typeof data.ids !== 'object') throw new Error('no "ids" object');
		return data.ids;
	} catch (e) {
		throw new BuildError('registry-malformed', { file: path }, e instanceof Error ? e.message : String(e));
	}
}

function entryOf(q: Question): RegistryEntry {
	return { doc: q.sources[0].doc, type: q.type, answer: normalizeText(q.answer) };
}

/**
 * Checks the shipped questions against the registry and returns the updated registry. A retired id coming
 * back for a different question is an error; the same question coming back is welcome (progress survives).
 */
export function updateRegistry(registry: Registry, shipped: readonly { question: Question; place?: ErrorPlace }[], path: string): Registry {
	const next: Registry = {};
	const live = new Set<string>();
	for (const { question, place } of shipped) {
		const old = registry[question.id];
		const now = entryOf(question);
		if (old?.retired && (old.type !== now.type || old.answer !== now.answer || old.doc !== now.doc))
			throw new BuildError('id-reused', place ?? { file: path }, `id ${question.id} was retired (it was a ${old.type} question answered "${old.answer}")`);
		next[question.id] = now;
		live.add(question.id);
	}
	for (const [id, entry] of Object.entries(registry)) if (!live.has(id)) next[id] = { ...entry, retired: true };
	return Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function serializeRegistry(registry: Registry): string {
	const lines = Object.entries(registry).map(([id, e]) => `\t\t${JSON.stringify(id)}: ${JSON.stringify(e)}`);
	return `{\n\t"about": "Every question id ever shipped (questions/ids.json, written by npm run bank). Retired ids are never reused for a different question.",\n\t"ids": {\n${lines.join(',\n')}\n\t}\n}\n`;
}
