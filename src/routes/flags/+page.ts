// Prerendered with server rendering: the page's HTML shell (headings, text, reserved space for the data from
// IndexedDB) paints before any JavaScript runs; the data loads in onMount/$effect in the browser.
export const ssr = true;
