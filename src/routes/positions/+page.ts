// Prerendered with server rendering: the heading and the views' links paint before any JavaScript runs. In the
// browser the view's data loads before the page renders (the bank comes from the query), so it renders once.
import { browser } from '$app/environment';
import { preloadView } from '$lib/state/facts';
import type { PageLoad } from './$types';

export const ssr = true;

export const load: PageLoad = async ({ url }) => {
	if (browser) await preloadView(url.searchParams.get('bank') ?? 'corpus', 'positions');
};
