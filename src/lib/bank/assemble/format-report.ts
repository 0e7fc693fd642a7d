/** The build report: counts by kind, type, article and origin, the targets, and every rejected candidate. */
import type { BankDocument, Question } from '../../format/bank-format';
import type { Rejection } from '../candidate';
import type { ReviewEntry } from '../read/load-review';
import type { Coverage } from './measure-coverage';

export interface BuildSummary {
	total: number;
	byKind: Record<string, number>;
	byType: Record<string, number>;
	byArticle: Record<string, number>;
	byOrigin: Record<string, number>;
	rejected: number;
	/** Targets of issue 3 and whether they are met. */
	targets: { name: string; want: number; have: number }[];
	coverage: Coverage;
}

function count(questions: readonly Question[], key: (q: Question) => string): Record<string, number> {
	const out: Record<string, number> = {};
	for (const q of questions) out[key(q)] = (out[key(q)] ?? 0) + 1;
	return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function summarize(docs: readonly BankDocument[], questions: readonly Question[], rejected: readonly Rejection[], coverage: Coverage): BuildSummary {
	const byKind = count(questions, (q) => q.kind);
	// Counted in one pass over the questions, not one per document.
	const perDoc = new Map<string, number>();
	for (const q of questions) perDoc.set(q.sources[0].doc, (perDoc.get(q.sources[0].doc) ?? 0) + 1);
	const byArticle = Object.fromEntries(docs.map((d) => [d.id, perDoc.get(d.id) ?? 0]));
	return {
		total: questions.length,
		byKind,
		byType: count(questions, (q) => q.type),
		byArticle,
		byOrigin: count(questions, (q) => q.origin),
		rejected: rejected.length,
		coverage,
		targets: [
			{ name: 'questions', want: 250, have: questions.length },
			{ name: 'date', want: 40, have: byKind.date ?? 0 },
			{ name: 'actor', want: 30, have: byKind.actor ?? 0 },
			{ name: 'poll+number', want: 12, have: (byKind.poll ?? 0) + (byKind.number ?? 0) },
			{ name: 'position', want: 30, have: byKind.position ?? 0 }
		]
	};
}

function table(title: string, rows: Record<string, number>): string {
	return [`${title}:`, ...Object.entries(rows).map(([k, v]) => `  ${k.padEnd(48)} ${String(v).padStart(4)}`)].join('\n');
}

/** A short summary for the terminal. */
export function formatSummary(s: BuildSummary): string {
	const targets = s.targets.map((t) => `${t.name} ${t.have}/${t.want}${t.have >= t.want ? '' : ' (BELOW TARGET)'}`).join(', ');
	return [
		`${s.total} questions shipped, ${s.rejected} candidates rejected`,
		table('by kind', s.byKind),
		table('by type', s.byType),
		table('by article', s.byArticle),
		table('by origin', s.byOrigin),
		`targets: ${targets}`,
		`asked about at least once: ${Object.entries(s.coverage.counts)
			.map(([k, c]) => `${k}s ${c.asked}/${c.found}`)
			.join(', ')}`
	].join('\n');
}

export function formatReport(s: BuildSummary, rejected: readonly Rejection[], stale: readonly ReviewEntry[]): string {
	const lines = [formatSummary(s), '', `rejected candidates (${rejected.length}):`];
	for (const r of rejected) lines.push(`  ${r.id} [${r.doc} ${r.form}] ${r.reason}\n      ${r.prompt.replace(/\s+/g, ' ')}`);
	lines.push('', `facts not asked about yet (${s.coverage.gaps.length}):`);
	for (const g of s.coverage.gaps) lines.push(`  [${g.doc} ${g.what}] ${g.surface} — ${g.sentence.slice(0, 120)}`);
	if (stale.length) {
		lines.push('', `review entries whose id no longer exists (${stale.length}):`);
		for (const e of stale) lines.push(`  ${e.place.file}:${e.place.line} ${e.id}`);
	}
	return lines.join('\n') + '\n';
}
