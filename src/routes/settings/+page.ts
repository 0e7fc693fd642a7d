// Client-rendered (no server-rendered shell): its forms must not be usable before the page is hydrated, or a quick
// tap submits them natively and nothing is saved (seen as flaky backup/settings e2e runs under load).
export const ssr = false;
