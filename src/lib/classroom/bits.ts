/** Packs fields MSB-first into 5-bit symbols and back. Values up to 2^32; larger ones go through BigInt. */
export class BitWriter {
	private bits: number[] = [];

	write(value: number, width: number): void {
		if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) throw new RangeError(`${value} does not fit ${width} bits`);
		for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
	}

	writeBig(value: bigint, width: number): void {
		for (let i = width - 1; i >= 0; i--) this.bits.push(Number((value >> BigInt(i)) & 1n));
	}

	/** Adds another writer's bits after these. */
	append(other: BitWriter): void {
		this.bits.push(...other.bits);
	}

	get length(): number {
		return this.bits.length;
	}

	/** The bits as 5-bit symbols, zero-padded at the end. */
	toSymbols(): number[] {
		const symbols: number[] = [];
		for (let i = 0; i < this.bits.length; i += 5) {
			let s = 0;
			for (let j = 0; j < 5; j++) s = (s << 1) | (this.bits[i + j] ?? 0);
			symbols.push(s);
		}
		return symbols;
	}
}

export class BitReader {
	private readonly bits: number[] = [];
	private position = 0;

	constructor(symbols: readonly number[]) {
		for (const s of symbols) for (let j = 4; j >= 0; j--) this.bits.push((s >> j) & 1);
	}

	get remaining(): number {
		return this.bits.length - this.position;
	}

	/** Reads `width` bits, or returns undefined when the code ends first (truncated). */
	read(width: number): number | undefined {
		if (width > this.remaining) return undefined;
		let value = 0;
		for (let i = 0; i < width; i++) value = value * 2 + this.bits[this.position++];
		return value;
	}

	readBig(width: number): bigint | undefined {
		if (width > this.remaining) return undefined;
		let value = 0n;
		for (let i = 0; i < width; i++) value = (value << 1n) | BigInt(this.bits[this.position++]);
		return value;
	}

	/** True when what is left is only the zero padding of the last symbol. */
	atCleanEnd(): boolean {
		if (this.remaining >= 5) return false;
		return this.bits.slice(this.position).every((b) => b === 0);
	}
}
