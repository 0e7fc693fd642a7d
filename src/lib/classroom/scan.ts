/**
 * Reading QR codes in the browser: the native BarcodeDetector where the browser has one, else the `qr` package's
 * decoder, loaded only when first needed (it is not part of any page's first load).
 */
interface Detector {
	detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]>;
}

let fallback: Promise<typeof import('qr/decode.js')> | undefined;

function loadFallback() {
	fallback ??= import('qr/decode.js');
	return fallback;
}

async function createDetector(): Promise<Detector | undefined> {
	const Native = (globalThis as { BarcodeDetector?: new (o: { formats: string[] }) => Detector & object }).BarcodeDetector;
	if (!Native) return undefined;
	try {
		const formats = await (Native as unknown as { getSupportedFormats(): Promise<string[]> }).getSupportedFormats();
		return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : undefined;
	} catch {
		return undefined;
	}
}

/** Decodes the first QR code in a canvas's pixels, or undefined when there is none. */
async function decodeCanvas(canvas: HTMLCanvasElement, detector: Detector | undefined, effort: 'frame' | 'photo'): Promise<string | undefined> {
	if (detector) {
		const found = await detector.detect(canvas);
		return found[0]?.rawValue;
	}
	const { decodeQR } = await loadFallback();
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) return undefined;
	const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
	try {
		return decodeQR(image, effort === 'photo' ? { effort: Infinity, timeLimit: 2000 } : undefined);
	} catch {
		return undefined; // no code in this frame
	}
}

/** Decodes a photo or screenshot the user picked. */
export async function decodeImageFile(file: Blob): Promise<string | undefined> {
	const bitmap = await createImageBitmap(file);
	const canvas = document.createElement('canvas');
	// Large photos are scaled down: the decoder needs a few pixels per module, not megapixels.
	const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
	canvas.width = Math.round(bitmap.width * scale);
	canvas.height = Math.round(bitmap.height * scale);
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) return undefined;
	ctx.fillStyle = '#fff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
	bitmap.close();
	return decodeCanvas(canvas, await createDetector(), 'photo');
}

export interface Scanner {
	stop(): void;
}

/**
 * Opens the rear camera into `video` and calls `onCode` for every code read (the caller decides when to stop;
 * the same code is not reported twice in a row). Rejects with a readable message when there is no camera.
 */
export async function startScanner(video: HTMLVideoElement, onCode: (text: string) => void): Promise<Scanner> {
	if (!navigator.mediaDevices?.getUserMedia) throw new Error('This browser cannot use the camera here; type the code instead.');
	let stream: MediaStream;
	try {
		stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
	} catch {
		throw new Error('The camera could not be opened (no camera, or permission refused); type the code instead.');
	}
	video.srcObject = stream;
	video.setAttribute('playsinline', '');
	await video.play().catch(() => undefined);
	const detector = await createDetector();
	if (!detector) await loadFallback();
	const canvas = document.createElement('canvas');
	let stopped = false;
	let last = '';
	const tick = async () => {
		if (stopped) return;
		if (video.readyState >= 2 && video.videoWidth > 0) {
			const scale = Math.min(1, 960 / Math.max(video.videoWidth, video.videoHeight));
			canvas.width = Math.round(video.videoWidth * scale);
			canvas.height = Math.round(video.videoHeight * scale);
			canvas.getContext('2d', { willReadFrequently: true })?.drawImage(video, 0, 0, canvas.width, canvas.height);
			const text = await decodeCanvas(canvas, detector, 'frame').catch(() => undefined);
			if (text && text !== last && !stopped) {
				last = text;
				onCode(text);
			}
		}
		if (!stopped) setTimeout(() => requestAnimationFrame(() => void tick()), 120);
	};
	void tick();
	return {
		stop() {
			stopped = true;
			for (const track of stream.getTracks()) track.stop();
			video.srcObject = null;
		}
	};
}
