/** Seeded randomness for reproducible tests and quizzes. */
import { hashString } from './fingerprint';

/** mulberry32: a small, fast PRNG returning floats in [0, 1). */
export function createRandom(seed: string | number): () => number {
	let a = typeof seed === 'number' ? seed >>> 0 : parseInt(hashString(seed).slice(-8), 16) >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
