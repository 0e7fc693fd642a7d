// Says, in one line, that a port is taken and how to pick another: `npm start` checks before its two-minute build,
// and scripts/serve.js says the same if the port is taken by the time it starts.
import { createServer } from 'node:net';

/**
 * The learner-facing message for a port that cannot be used.
 * @param {number} port
 * @param {{ code?: string; message?: string } | null | undefined} error
 * @returns {string}
 */
export function portMessage(port, error) {
	if (error?.code === 'EADDRINUSE')
		return `Port ${port} is already in use (another Sourcedeck, or another program). Stop it, or pick another port: PORT=${port + 1} npm start`;
	if (error?.code === 'EACCES') return `Port ${port} needs administrator rights here. Pick a port above 1024: PORT=4173 npm start`;
	return `Port ${port} cannot be used (${error?.code ?? error?.message ?? error}). Pick another: PORT=${port + 1} npm start`;
}

/**
 * Resolves when `port` can be listened on (on every address `localhost` may mean), rejects with the error otherwise.
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<void>}
 */
export function checkPort(port, host) {
	return /** @type {Promise<void>} */ (
		new Promise((resolve, reject) => {
			const probe = createServer();
			probe.once('error', reject);
			probe.listen(port, host, () => probe.close(() => resolve(undefined)));
		})
	);
}

// Run directly (`node scripts/port-check.js`): exit 1 with the message when PORT (or 4173) is taken.
if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(process.env.PORT ?? 4173);
	checkPort(port).catch((error) => {
		console.error(portMessage(port, error));
		process.exit(1);
	});
}
