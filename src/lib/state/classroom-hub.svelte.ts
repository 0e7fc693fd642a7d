// The classroom hub's list: the quizzes made or opened on this device, and deleting one with its results.
import { forgetQuiz, listTeacherQuizzes, type StoredQuiz } from './classroom-quiz';

export class ClassroomHubState {
	quizzes = $state.raw<StoredQuiz[]>([]);
	error = $state('');

	async refresh(): Promise<void> {
		try {
			this.quizzes = await listTeacherQuizzes();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}

	async remove(code: string): Promise<void> {
		try {
			await forgetQuiz(code);
			await this.refresh();
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		}
	}
}
