// `npm run bench`: runs every tests/bench/*.bench.ts in turn (each prints its figures and checks its budgets,
// exiting non-zero when one is over), then says which failed. `npm run bench -- builder` runs the matching ones.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const filter = process.argv[2];
const files = readdirSync('tests/bench')
	.filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
	.sort();
const failed: string[] = [];
for (const file of files) {
	console.log(`\n=== ${file}`);
	const run = spawnSync('npx', ['tsx', `tests/bench/${file}`], { stdio: 'inherit' });
	if (run.status !== 0) failed.push(file);
}
console.log(`\n${files.length - failed.length} passed, ${failed.length} failed`);
if (failed.length) {
	console.log(`Over budget or broken: ${failed.join(', ')}`);
	process.exit(1);
}
