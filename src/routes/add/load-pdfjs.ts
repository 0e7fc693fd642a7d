// pdf.js for the browser, loaded only when a PDF is picked on the add page. Its library (~120 KB gzip) and its
// worker (~370 KB gzip) are emitted by Vite as files of their own (?url) and loaded from this origin (the CSP's
// script-src and worker-src 'self'): they stay out of the app's chunks, so the service worker does not precache
// them for every install; it caches them the first time a PDF is opened (scripts/generate-sw.ts).
import type * as PdfJs from 'pdfjs-dist';
import libraryUrl from 'pdfjs-dist/build/pdf.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

export async function loadPdfjs(): Promise<typeof PdfJs> {
	const pdfjs = (await import(/* @vite-ignore */ libraryUrl)) as typeof PdfJs;
	pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
	return pdfjs;
}
