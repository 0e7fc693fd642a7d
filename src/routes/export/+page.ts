// Client-rendered: the download buttons do nothing before the page is hydrated.
export const ssr = false;
