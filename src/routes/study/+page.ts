// Starts what the first card needs (the bank file, storage, the study modules) as soon as the route is chosen,
// before the page renders; the page's StudyState picks up the same promises (loadBank caches them).
import type { PageLoad } from './$types';
import { loadBank } from '$lib/state/banks';
import { progress } from '$lib/state/progress';

export const load: PageLoad = ({ url }) => {
	const bankId = url.searchParams.get('bank') ?? 'corpus';
	loadBank(bankId).catch(() => undefined); // the page reports a bank that cannot be loaded
	progress.preloadStudy();
	return {};
};
