// Client-rendered: reading files and building need the browser (a Worker, DOMParser).
export const ssr = false;
