// The first screenful of a grouped view (periods of lines, sides of actors): what Progressive renders so far.

/**
 * The groups holding the first `limit` items, in order; the group where the limit falls is cut there (a copy with
 * its first items), later groups are left out. Groups with no items are kept where they are.
 */
export function firstItems<G, I>(groups: readonly G[], limit: number, items: (group: G) => readonly I[], withItems: (group: G, items: I[]) => G): G[] {
	const out: G[] = [];
	let left = limit;
	for (const group of groups) {
		if (left <= 0) break;
		const all = items(group);
		out.push(all.length <= left ? group : withItems(group, all.slice(0, left)));
		left -= all.length;
	}
	return out;
}

/** How many items the groups hold. */
export function countItems<G>(groups: readonly G[], items: (group: G) => readonly unknown[]): number {
	return groups.reduce((n, g) => n + items(g).length, 0);
}
