/** A small, fast, non-cryptographic string hash (cyrb53 pair): ids and content versions, same in Node and browser. */
export function cyrb53(text: string, seed: number): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * cyrb53(prefix + suffix, seed) for many suffixes, reading the prefix once: the same numbers, without hashing a
 * long shared key (a sentence) again for every item it orders.
 */
export function cyrb53Prefixed(prefix: string, seed: number): (suffix: string) => number {
	let p1 = 0xdeadbeef ^ seed;
	let p2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < prefix.length; i++) {
		const ch = prefix.charCodeAt(i);
		p1 = Math.imul(p1 ^ ch, 2654435761);
		p2 = Math.imul(p2 ^ ch, 1597334677);
	}
	return (suffix) => {
		let h1 = p1;
		let h2 = p2;
		for (let i = 0; i < suffix.length; i++) {
			const ch = suffix.charCodeAt(i);
			h1 = Math.imul(h1 ^ ch, 2654435761);
			h2 = Math.imul(h2 ^ ch, 1597334677);
		}
		h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
		h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
		return 4294967296 * (2097151 & h2) + (h1 >>> 0);
	};
}

/** 64+ bits as base-36: 12 characters for ids. */
export function hashText(text: string): string {
	return (cyrb53(text, 0).toString(36).padStart(11, '0') + cyrb53(text, 1).toString(36).padStart(11, '0')).slice(0, 12);
}

/** Longer hash for bank versions (a content hash: any change to what a learner sees changes it). */
export function hashContent(text: string): string {
	return [0, 1, 2].map((s) => cyrb53(text, s).toString(36).padStart(11, '0')).join('');
}
