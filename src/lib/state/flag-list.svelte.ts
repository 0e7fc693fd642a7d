// The flags page: every flag with its question, removable, exportable as JSON.
import type { Question } from '$lib/format/bank-format';
import { loadCorpus } from './banks';
import { FlagState } from './flags.svelte';
import { progress } from './progress';
import { reportProblem } from './problems';
import { download } from './settings.svelte';
import { emptyMap, indexBy, isoDay } from './collections';

export class FlagListState extends FlagState {
	questions = $state.raw<Map<string, Question>>(emptyMap());
	message = $state<string | null>(null);

	async loadAll(): Promise<void> {
		await this.load();
		try {
			const corpus = await loadCorpus();
			this.questions = indexBy(corpus.questions, (q) => q.id);
		} catch (e) {
			this.error = reportProblem(e);
		}
	}

	async exportJson(): Promise<void> {
		try {
			const now = Date.now();
			const text = await progress.exportFlags([...this.questions.values()], now);
			download(text, `sourcedeck-flags-${isoDay(now)}.json`);
			this.message = `Exported ${this.flags.length} flags.`;
		} catch (e) {
			this.error = reportProblem(e);
		}
	}
}
