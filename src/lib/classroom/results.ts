/** The teacher's results table: scores kept apart from speed, per-question shares, the most-missed facts. */
import { documentLabel } from '../format/bank-format';
import type { PlayQuiz, PlayQuestion } from './compose';
import { CodeError } from './errors';
import type { Chosen } from './chosen';
import { decodeResultCode, type DecodedResult, type QuizForResults } from './result-code';

/** What reading a result code needs to know of the quiz. */
export function forResults(quiz: PlayQuiz): QuizForResults {
	return { code: quiz.code, questionCount: quiz.questions.length, seconds: quiz.seconds, questions: quiz.questions };
}

/** The chosen answers of a kept result code; undefined for an older app's code (or one this quiz cannot read). */
export function chosenOf(resultCode: string, quiz: PlayQuiz): Chosen[] | undefined {
	try {
		return decodeResultCode(resultCode, forResults(quiz)).chosen;
	} catch {
		return undefined;
	}
}

/** Refuses a second result from the same student (the first one is kept); an exact repeat is told apart. */
export function checkNewResult(existing: readonly DecodedResult[], incoming: DecodedResult): void {
	const same = existing.find((r) => r.key === incoming.key);
	if (!same) return;
	if (same.code === incoming.code)
		throw new CodeError('duplicate', `${same.name}’s result is already in the table (this code was entered before).`);
	throw new CodeError(
		'duplicate',
		`There is already a result for ${same.name}: the first one is kept. If this is a different student, ask them to add an initial to their name and show a new code.`
	);
}

export interface StudentRow {
	name: string;
	right: number;
	total: number;
	/** Whole percent of questions right. */
	percent: number;
	seconds: number;
	correct: boolean[];
}

export interface QuestionRow {
	/** 1-based position in the quiz. */
	number: number;
	play: PlayQuestion;
	right: number;
	answered: number;
	/** Share of students right, 0..1; undefined with no results yet. */
	share: number | undefined;
}

export interface MissedFact {
	number: number;
	prompt: string;
	answer: string;
	share: number;
	quote: string;
	source: string;
	date: string;
}

export interface ResultsTable {
	students: StudentRow[];
	questions: QuestionRow[];
	mostMissed: MissedFact[];
	/** Mean percent right across students, undefined with none. */
	average: number | undefined;
}

export function percentOf(right: number, total: number): number {
	return total === 0 ? 0 : Math.round((right / total) * 100);
}

/** Rows in the order results came in; most-missed: questions fewer than all got right, hardest first (up to `limit`). */
export function buildResultsTable(quiz: PlayQuiz, results: readonly DecodedResult[], limit = 5): ResultsTable {
	const total = quiz.questions.length;
	const students = results.map((r) => {
		const right = r.correct.filter(Boolean).length;
		return { name: r.name, right, total, percent: percentOf(right, total), seconds: r.seconds, correct: r.correct };
	});
	const questions = quiz.questions.map((play, i) => {
		const right = results.filter((r) => r.correct[i]).length;
		return { number: i + 1, play, right, answered: results.length, share: results.length ? right / results.length : undefined };
	});
	const mostMissed = questions
		.filter((q) => q.share !== undefined && q.share < 1)
		.sort((a, b) => (a.share ?? 0) - (b.share ?? 0) || a.number - b.number)
		.slice(0, limit)
		.map((q) => describeFact(quiz, q.play, q.number, q.share ?? 0));
	const average = students.length ? Math.round(students.reduce((s, r) => s + r.percent, 0) / students.length) : undefined;
	return { students, questions, mostMissed, average };
}

export function describeFact(quiz: PlayQuiz, play: PlayQuestion, number: number, share: number): MissedFact {
	const source = play.question.sources[0];
	const doc = quiz.bank.documents.find((d) => d.id === source?.doc);
	return {
		number,
		prompt: play.question.prompt,
		answer: play.question.answer,
		share,
		quote: source?.quote ?? '',
		source: doc ? documentLabel(doc) : (source?.doc ?? ''),
		date: doc?.date ?? ''
	};
}

/** One CSV field: RFC 4180 quoting, and a leading = + - @ (or tab/CR) neutralised so spreadsheets never run it. */
export function csvField(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number)[]): string {
	return values.map(csvField).join(',');
}

/** Students, one per row: name, right, total, percent, seconds, then Q1..Qn as 1/0. CRLF line ends (RFC 4180). */
export function resultsToCsv(table: ResultsTable): string {
	const n = table.questions.length;
	const header = ['Name', 'Right', 'Questions', 'Percent', 'Seconds', ...table.questions.map((q) => `Q${q.number}`)];
	const rows = table.students.map((s) =>
		csvRow([s.name, s.right, s.total, s.percent, s.seconds, ...Array.from({ length: n }, (_, i) => (s.correct[i] ? 1 : 0))])
	);
	const shares = csvRow([
		'Share right',
		'',
		'',
		'',
		'',
		...table.questions.map((q) => (q.share === undefined ? '' : `${Math.round(q.share * 100)}%`))
	]);
	return [csvRow(header), ...rows, shares].join('\r\n') + '\r\n';
}

/** Hands counted in the room for one question (the presenter's "Got it" / "Missed it"). */
export interface RoomCount {
	right: number;
	wrong: number;
}

export interface HardQuestion {
	fact: MissedFact;
	/** Where the share comes from: "3 results" or "12 in the room". */
	from: string;
}

/**
 * The questions the room found hardest, up to `limit`, hardest first: from collected results when there are any,
 * else from the room's tally; questions everyone got (or nobody was counted on) are left out.
 */
export function hardestQuestions(
	quiz: PlayQuiz,
	results: readonly { correct: readonly boolean[] }[],
	tally: readonly RoomCount[],
	limit = 5
): HardQuestion[] {
	const shares = quiz.questions.map((_, i) => {
		if (results.length) return { share: results.filter((r) => r.correct[i]).length / results.length, from: `${results.length} results` };
		const t = tally[i] ?? { right: 0, wrong: 0 };
		const n = t.right + t.wrong;
		return n ? { share: t.right / n, from: `${n} in the room` } : undefined;
	});
	return shares
		.flatMap((s, i) => (s && s.share < 1 ? [{ ...s, i }] : []))
		.sort((a, b) => a.share - b.share || a.i - b.i)
		.slice(0, limit)
		.map((s) => ({ fact: describeFact(quiz, quiz.questions[s.i], s.i + 1, s.share), from: s.from }));
}
