/** questions/actors.yaml: people, governments, organisations and companies with the names they go by. */
import { BuildError } from '../errors';
import { parseYaml } from './parse-yaml';
import type { YamlFile } from './parse-yaml';

export type ActorKind = 'person' | 'government' | 'organisation' | 'company';
const KINDS: readonly string[] = ['person', 'government', 'organisation', 'company'];

export interface Actor {
	id: string;
	name: string;
	/** Surface forms, longest first (the name itself included). */
	aliases: string[];
	kind: ActorKind;
	side: string;
	role: string;
	line?: number;
	/**
	 * How sure the finder is that this is an actor of this kind (mentions, a title, a known side); undefined for a
	 * hand-written entry. Distractors come only from actors with evidence of 2 or more.
	 */
	evidence?: number;
}

export function loadActors(file: YamlFile | null): Actor[] {
	if (!file) return [];
	const parsed = parseYaml(file);
	const list = parsed.value ?? [];
	if (!Array.isArray(list))
		throw new BuildError('actor-invalid', { file: file.path, line: 1 }, 'the file must be a YAML list of actors');
	const ids = new Map<string, number | undefined>();
	return list.map((raw: unknown, i: number) => {
		const line = parsed.lineOf([i]);
		const place = { file: file.path, line };
		const a = (raw ?? {}) as Record<string, unknown>;
		for (const key of ['id', 'name', 'kind', 'side'])
			if (typeof a[key] !== 'string' || !(a[key] as string).trim())
				throw new BuildError('actor-invalid', place, `actor ${i + 1}: "${key}" is missing`);
		if (!KINDS.includes(a.kind as string))
			throw new BuildError('actor-invalid', place, `actor "${a.id}": kind must be one of ${KINDS.join(', ')}`);
		if (a.aliases !== undefined && (!Array.isArray(a.aliases) || a.aliases.some((x) => typeof x !== 'string')))
			throw new BuildError('actor-invalid', place, `actor "${a.id}": aliases must be a list of names`);
		const id = a.id as string;
		if (ids.has(id)) throw new BuildError('duplicate-id', place, `actor id "${id}" is used twice (first at line ${ids.get(id)})`);
		ids.set(id, line);
		const aliases = [...new Set([a.name as string, ...((a.aliases as string[] | undefined) ?? [])])]
			.map((s) => s.trim())
			.filter(Boolean)
			.sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
		return {
			id,
			name: a.name as string,
			aliases,
			kind: a.kind as ActorKind,
			side: a.side as string,
			role: typeof a.role === 'string' ? a.role : '',
			line
		};
	});
}
