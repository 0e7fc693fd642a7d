// `npm run bench -- browse`: the card browser on 10,000 cards (the "fast on 10,000 cards"): building its
// rows, then one search + filter + sort, in Node on the pure module (src/lib/domain/browse.ts). Budgets: rows
// within 200 ms, a search within one 16 ms frame (best of 5). Exits 1 when over budget. Reads static/banks/corpus.json (npm run bank).
import { readFileSync } from 'node:fs';
import type { Bank, Question } from '../../src/lib/format/bank-format';
import { browse, buildRows } from '../../src/lib/domain/browse';
import { createScheduler } from '../../src/lib/domain/scheduling';
import type { CardRecord } from '../../src/lib/domain/types';

const BUILD_MS = 200;
const SEARCH_MS = 16;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 2);
const bank = JSON.parse(readFileSync('static/banks/corpus.json', 'utf8')) as Bank;
const many: Question[] = Array.from({ length: 10_000 }, (_, i) => ({ ...bank.questions[i % bank.questions.length], id: `q${i}` }));
const scheduler = createScheduler({ enableFuzz: false });
const cards = new Map<string, CardRecord>();
many.forEach((q, i) => {
	let card = scheduler.newCard(q, NOW - 30 * DAY, i);
	if (i % 3 === 1) card = scheduler.rate(card, 4, NOW - 20 * DAY, { id: `r${i}` }).card;
	if (i % 3 === 2) card = scheduler.rate(card, 1, NOW - 60_000, { id: `r${i}` }).card;
	cards.set(q.id, card);
});
let build = Infinity;
let search = Infinity;
let hits = 0;
for (let run = 0; run < 5; run++) {
	const t0 = performance.now();
	const rows = buildRows(many, cards, new Set(), new Set(['q7']), NOW);
	const t1 = performance.now();
	hits = browse(rows, { search: 'islands', state: 'learning', sort: 'due' }).length;
	const t2 = performance.now();
	build = Math.min(build, t1 - t0);
	search = Math.min(search, t2 - t1);
}
console.log(`card browser, 10,000 cards: rows ${build.toFixed(1)} ms (budget ${BUILD_MS}), search + filter + sort ${search.toFixed(1)} ms (budget ${SEARCH_MS}), ${hits} hits`);
if (build > BUILD_MS || search > SEARCH_MS || hits === 0) {
	console.log('OVER BUDGET');
	process.exit(1);
}
