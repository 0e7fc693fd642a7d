/** QR codes as an SVG path (rendered by Svelte, never as HTML), and the link a phone camera opens. */
import encodeQR from 'qr';

/** The link in a quiz QR: a phone's own camera app opens the quiz in the app. */
export function joinLink(origin: string, code: string): string {
	return `${origin}/classroom/join?code=${code}`;
}

export interface QrPath {
	/** Modules per side, quiet zone included. */
	size: number;
	/** One path of 1×1 squares (horizontal runs merged). */
	d: string;
}

export function qrPath(text: string): QrPath {
	// Upper-case codes fit QR's compact alphanumeric mode; links go in byte mode. Medium error correction.
	const matrix = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
	let d = '';
	matrix.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			d += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	});
	return { size: matrix.length, d };
}
