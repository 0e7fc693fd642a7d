/**
 * The actors the builder found, corrected by questions/actors.yaml where it exists: an entry that shares a
 * name or alias with a found actor replaces it (its name, kind, side and role win) and keeps the surface
 * forms the text used, so every mention still resolves; entries the finder missed are added as they are.
 */
import type { Actor } from '../read/load-actors';

export function mergeActors(found: readonly Actor[], corrections: readonly Actor[]): Actor[] {
	const key = (s: string) => s.trim().toLowerCase();
	const byAlias = new Map<string, Actor>();
	for (const c of corrections) for (const a of c.aliases) byAlias.set(key(a), c);
	const extra = new Map<string, Set<string>>(corrections.map((c) => [c.id, new Set(c.aliases)]));
	const kept: Actor[] = [];
	for (const f of found) {
		const owner = f.aliases.map((a) => byAlias.get(key(a))).find(Boolean);
		if (!owner) {
			kept.push(f);
			continue;
		}
		// A surface form another correction claims stays that correction's ("Abe" is Shinzo's, not Shintaro's).
		for (const a of f.aliases) if (!byAlias.has(key(a))) extra.get(owner.id)!.add(a);
	}
	const corrected = corrections.map((c) => ({
		...c,
		aliases: [...extra.get(c.id)!].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))
	}));
	const ids = new Set(corrected.map((c) => c.id));
	return [...corrected, ...kept.filter((k) => !ids.has(k.id))];
}
