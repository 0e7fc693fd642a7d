// The app is client-rendered from IndexedDB: every route is prerendered as a shell, with no server rendering.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
