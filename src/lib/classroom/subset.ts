/**
 * Enumerative coding of a set of k indexes out of n (combinatorial number system): the fewest bits that can name
 * any such set, ceil(log2 C(n, k)). 20 of 100 questions take 69 bits, where plain 7-bit indexes would take 140.
 */
export function binomial(n: number, k: number): bigint {
	if (k < 0 || k > n) return 0n;
	k = Math.min(k, n - k);
	let result = 1n;
	for (let i = 1; i <= k; i++) result = (result * BigInt(n - k + i)) / BigInt(i);
	return result;
}

/** Bits needed to name one of C(n, k) sets. */
export function subsetBits(n: number, k: number): number {
	const count = binomial(n, k);
	return count <= 1n ? 0 : (count - 1n).toString(2).length;
}

/** Rank of a set of distinct indexes (any order) among all k-subsets of 0..n-1, in colex order. */
export function rankSubset(indexes: readonly number[]): bigint {
	const sorted = [...indexes].sort((a, b) => a - b);
	let rank = 0n;
	sorted.forEach((c, i) => (rank += binomial(c, i + 1)));
	return rank;
}

/** The sorted set with this rank; undefined when rank is out of range for (n, k). */
export function unrankSubset(rank: bigint, n: number, k: number): number[] | undefined {
	if (rank < 0n || rank >= binomial(n, k)) return undefined;
	const out: number[] = [];
	let c = n - 1;
	for (let i = k; i >= 1; i--) {
		while (binomial(c, i) > rank) c--;
		out.push(c);
		rank -= binomial(c, i);
		c--;
	}
	return out.reverse();
}
