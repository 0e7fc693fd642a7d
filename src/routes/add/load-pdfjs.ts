// pdf.js for the browser, loaded only when a PDF is picked on the add page: its library (~120 KB gzip) and its
// worker (~370 KB gzip, emitted by Vite as a file of its own and started by pdf.js from this URL, same origin).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import * as pdfjs from 'pdfjs-dist';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export { pdfjs };
