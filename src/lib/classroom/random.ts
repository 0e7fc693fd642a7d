/** Small deterministic helpers: the same code must give the same quiz on every device. */

/** 32-bit FNV-1a over UTF-16 code units, then murmur3's finalizer so low bits mix well. */
export function hashString(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** The low `bits` bits of hashString (bits ≤ 31). */
export function shortHash(text: string, bits: number): number {
	return hashString(text) % 2 ** bits;
}

/** mulberry32: a tiny seeded generator with good enough statistics for shuffling. */
export function createRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher-Yates with a seeded generator; returns a new array. */
export function shuffleSeeded<T>(items: readonly T[], seed: number): T[] {
	const random = createRandom(seed);
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
