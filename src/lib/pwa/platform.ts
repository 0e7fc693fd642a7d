// Where the app runs: decides between the "Install app" button and the iOS how-to.

/** iPhone and iPad Safari have no beforeinstallprompt: installing is Share → Add to Home Screen. */
export function detectIos(userAgent: string, platform: string, maxTouchPoints: number): boolean {
	if (/iphone|ipad|ipod/i.test(userAgent)) return true;
	// iPadOS 13+ presents itself as a Mac; only the touch screen gives it away.
	return platform === 'MacIntel' && maxTouchPoints > 1;
}

/** Already launched from the home screen / as an installed app. */
export function detectStandalone(): boolean {
	const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
	return iosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}
