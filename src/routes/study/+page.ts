// Starts what the first card needs (the bank file, storage, the study modules) as soon as the route is chosen,
// before the page renders; the page's StudyState picks up the same promises (loadBank caches them).
import type { PageLoad } from './$types';
import { loadBank } from '$lib/state/banks';
import { progress } from '$lib/state/progress';
// Imported statically here (progress imports them on demand elsewhere) and exported so the bundler keeps them:
// the prerendered study page then lists their chunks, ts-fsrs included, as modulepreloads, fetched with the app's
// own scripts instead of after them.
import * as bankSync from '$lib/storage/bank-sync';
import * as answers from '$lib/storage/answers';
import * as queue from '$lib/storage/queue';
import * as studyPlan from '$lib/storage/study-plan';

export const _studyModules = [bankSync, answers, queue, studyPlan];

export const load: PageLoad = ({ url }) => {
	const bankId = url.searchParams.get('bank') ?? 'corpus';
	loadBank(bankId).catch(() => undefined); // the page reports a bank that cannot be loaded
	progress.preloadStudy();
	return {};
};
