// Prerendered with server rendering: the heading and the views' links paint before any JavaScript runs; the facts
// load in the browser (the bank comes from the query).
export const ssr = true;
