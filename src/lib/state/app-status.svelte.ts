// App-wide status the layout shows: a storage problem (with a Reload way on) and dismissible notices.
export interface Notice {
	id: number;
	text: string;
	details?: string[];
}

class AppStatus {
	storageProblem = $state<string | null>(null);
	notices = $state<Notice[]>([]);
	#next = 1;

	reportStorageProblem(message: string): void {
		this.storageProblem = message;
	}

	addNotice(text: string, details?: string[]): void {
		this.notices.push({ id: this.#next++, text, details });
	}

	dismissNotice(id: number): void {
		this.notices = this.notices.filter((n) => n.id !== id);
	}
}

export const appStatus = new AppStatus();
