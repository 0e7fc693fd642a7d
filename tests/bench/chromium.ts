// Starts Debian's Chromium for the benchmarks the way playwright.config.ts does, with a DevTools port for
// Lighthouse and a profile folder that survives restarts (cold-start runs reuse it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumArgs } from '../../playwright.config.ts';

export const chromiumPath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : '');

export interface RunningChromium {
	port: number;
	process: ChildProcess;
	stop(): Promise<void>;
}

export async function launchChromium(port: number, userDataDir: string): Promise<RunningChromium> {
	if (!chromiumPath) throw new Error('No Chromium found: set CHROMIUM_PATH');
	const child = spawn(
		chromiumPath,
		['--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${userDataDir}`, ...chromiumArgs, 'about:blank'],
		{ stdio: 'ignore' }
	);
	const deadline = Date.now() + 20_000;
	for (;;) {
		try {
			const response = await fetch(`http://127.0.0.1:${port}/json/version`);
			if (response.ok) break;
		} catch {
			/* not listening yet */
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`Chromium did not open its DevTools port ${port}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return {
		port,
		process: child,
		stop: () =>
			new Promise<void>((done) => {
				if (child.exitCode !== null) return done();
				child.once('exit', () => done());
				child.kill('SIGTERM');
			})
	};
}
