// Plain (non-reactive) lookups built once per load; kept out of *.svelte.ts so they are not mistaken for state.
export function indexBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T> {
	return new Map(items.map((item) => [key(item), item]));
}

export function emptyMap<K, V>(): Map<K, V> {
	return new Map();
}

/** "YYYY-MM-DD" of an epoch-ms time in the device's zone. */
export function isoDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function setOf<T>(items: Iterable<T>): Set<T> {
	return new Set(items);
}
