/**
 * A copy of a quiz's questions kept with the quiz on the teacher's device (StoredQuiz.extra), so its results, key
 * and presenter still work after an app update rebuilds the bank and the code no longer matches it.
 */
import type { Bank } from '../format/bank-format';
import { formatSymbols, parseSymbols } from './base32';
import type { PlayQuiz } from './compose';
import { extractCode } from './codec';

interface Snapshot {
	v: 1;
	seconds: number;
	bank: Bank;
	questions: PlayQuiz['questions'];
}

export function snapshotQuiz(quiz: PlayQuiz): { snapshot: Snapshot } {
	const docs = new Set(quiz.questions.flatMap((q) => q.question.sources.map((s) => s.doc)));
	const bank: Bank = {
		...quiz.bank,
		documents: quiz.bank.documents.filter((d) => docs.has(d.id)),
		questions: quiz.questions.map((q) => q.question)
	};
	return { snapshot: { v: 1, seconds: quiz.seconds, bank, questions: quiz.questions } };
}

/** The saved copy as a playable quiz, or undefined when `extra` holds none (or one this version cannot read). */
export function readSnapshot(code: string, extra: Record<string, unknown> | undefined): PlayQuiz | undefined {
	const snap = extra?.snapshot as Partial<Snapshot> | undefined;
	if (!snap || snap.v !== 1 || !snap.bank || !Array.isArray(snap.questions) || typeof snap.seconds !== 'number') return undefined;
	if (!snap.questions.every((q) => q && typeof q.index === 'number' && q.question && typeof q.question.prompt === 'string'))
		return undefined;
	return { code, bank: snap.bank, seconds: snap.seconds, questions: snap.questions, savedCopy: true };
}

/** The canonical form of a typed code, or undefined when it cannot be one. */
export function canonicalCode(text: string): string | undefined {
	try {
		const symbols = parseSymbols(extractCode(text).trim());
		return symbols.length ? formatSymbols(symbols) : undefined;
	} catch {
		return undefined;
	}
}
