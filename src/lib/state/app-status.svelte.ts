// App-wide status the layout shows: a storage problem (with a Reload way on) and dismissible notices.
export interface Notice {
	id: number;
	text: string;
	details?: string[];
}

class AppStatus {
	storageProblem = $state<string | null>(null);
	/** 'reopen': the connection can be tried again in place; otherwise the page must reload. */
	storageAction = $state<'reload' | 'reopen'>('reload');
	notices = $state<Notice[]>([]);
	#next = 1;

	reportStorageProblem(message: string, action: 'reload' | 'reopen' = 'reload'): void {
		this.storageProblem = message;
		this.storageAction = action;
	}

	clearStorageProblem(): void {
		this.storageProblem = null;
	}

	addNotice(text: string, details?: string[]): void {
		this.notices.push({ id: this.#next++, text, details });
	}

	dismissNotice(id: number): void {
		this.notices = this.notices.filter((n) => n.id !== id);
	}
}

export const appStatus = new AppStatus();
