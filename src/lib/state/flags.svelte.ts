// The learner's flags (wrong / unclear + note), kept locally.
import type { Flag } from '$lib/domain/types';
import { progress } from './progress';
import { reportProblem } from './problems';

export class FlagState {
	flags = $state.raw<Flag[]>([]);
	error = $state<string | null>(null);
	loaded = $state(false);

	async load(): Promise<void> {
		try {
			this.flags = await progress.listFlags();
			this.loaded = true;
		} catch (e) {
			this.error = reportProblem(e);
		}
	}

	has(id: string): boolean {
		return this.flags.some((f) => f.questionId === id);
	}

	get(id: string): Flag | null {
		return this.flags.find((f) => f.questionId === id) ?? null;
	}

	async save(questionId: string, reason: Flag['reason'], note: string): Promise<void> {
		const flag: Flag = { questionId, reason, note, at: Date.now() };
		try {
			await progress.saveFlag(flag);
			this.flags = [...this.flags.filter((f) => f.questionId !== questionId), flag];
		} catch (e) {
			this.error = reportProblem(e);
		}
	}

	async remove(questionId: string): Promise<void> {
		try {
			await progress.removeFlag(questionId);
			this.flags = this.flags.filter((f) => f.questionId !== questionId);
		} catch (e) {
			this.error = reportProblem(e);
		}
	}
}
