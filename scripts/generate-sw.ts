// Placeholder until the offline issue (4) lands: the Workbox service worker is generated here after `vite build`.
console.log('service worker: not generated yet');
