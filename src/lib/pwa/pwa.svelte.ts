// One runes object for the app's offline and install state: the service worker and its updates, the network,
// and the browser's install prompt. Started once from PwaStatus.svelte (mounted in the root layout).
import { registerServiceWorker, type UpdateWatcher } from './service-worker';
import { detectIos, detectStandalone } from './platform';

/** Chromium's install prompt event (not in TypeScript's DOM library). */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export class PwaState {
	online = $state(true);
	/** A new version is installed and waits for the learner to reload. */
	updateReady = $state(false);
	/** The browser offers installation (Chromium, Edge, Samsung Internet). */
	canInstall = $state(false);
	installed = $state(false);
	/** The first install finished: the app now works offline (said once, on that visit). */
	offlineReady = $state(false);
	/** The learner put off the install offer ("Not now") for this visit. */
	installLater = $state(false);
	ios = $state(false);
	/** Why the service worker could not be registered, for people who wonder why offline fails. */
	registrationError = $state<string | null>(null);

	#installEvent: BeforeInstallPromptEvent | null = null;
	#watcher: UpdateWatcher | null = null;
	#started = false;

	/** Idempotent: the layout may mount more than once (error pages). */
	start(): void {
		if (this.#started || typeof window === 'undefined') return;
		this.#started = true;
		this.online = navigator.onLine;
		window.addEventListener('online', () => (this.online = true));
		window.addEventListener('offline', () => (this.online = false));
		this.installed = detectStandalone();
		this.ios = detectIos(navigator.userAgent, navigator.platform, navigator.maxTouchPoints);
		// An offer made before the app started was kept by app.html's inline script.
		const early = (window as Window & { sourcedeckInstallOffer?: BeforeInstallPromptEvent }).sourcedeckInstallOffer;
		if (early && !this.installed) {
			this.#installEvent = early;
			this.canInstall = true;
		}
		window.addEventListener('beforeinstallprompt', (event) => {
			// Keep the browser's mini-infobar away; the app shows its own button.
			event.preventDefault();
			this.#installEvent = event as BeforeInstallPromptEvent;
			this.canInstall = true;
		});
		window.addEventListener('appinstalled', () => {
			this.installed = true;
			this.canInstall = false;
			this.#installEvent = null;
			delete (window as Window & { sourcedeckInstallOffer?: unknown }).sourcedeckInstallOffer;
		});
		// After the load event: the first visit's precache download (banks included) must not compete with the
		// page's own first render for the network and the main thread.
		const register = () =>
			registerServiceWorker(
				() => (this.updateReady = true),
				() => (this.offlineReady = true)
			)
				.then((watcher) => (this.#watcher = watcher))
				.catch((error: unknown) => {
					this.registrationError = error instanceof Error ? error.message : String(error);
				});
		if (document.readyState === 'complete') void register();
		else window.addEventListener('load', () => void register(), { once: true });
	}

	/** Shows the browser's install dialog; the event can be used once. */
	async install(): Promise<void> {
		const event = this.#installEvent;
		if (!event) return;
		this.#installEvent = null;
		this.canInstall = false;
		delete (window as Window & { sourcedeckInstallOffer?: unknown }).sourcedeckInstallOffer;
		await event.prompt();
		const { outcome } = await event.userChoice;
		if (outcome === 'accepted') this.installed = true;
	}

	/** The learner chose to load the new version (answers are saved before each next card, so nothing is lost). */
	reload(): void {
		if (this.#watcher) this.#watcher.applyUpdate();
		else window.location.reload();
	}

	async checkForUpdate(): Promise<void> {
		await this.#watcher?.check();
	}
}

export const pwa = new PwaState();
