/**
 * The whole pipeline, pure (no fs): load → clean → segment → extract → generate → gate → dedupe → rank →
 * assemble. The CLI (scripts/build-banks.ts) reads the files, calls buildBanks and writes the result.
 */
import type { Candidate, Rejection } from './candidate';
import type { ManifestInput } from './read/load-documents';
import type { YamlFile } from './read/parse-yaml';
import type { OutputFile } from './assemble/assemble-banks';
import type { Question } from '../format/bank-format';
import type { GateContext } from './gate/check-question';
import type { AnalyzedDocument, AnalyzedSentence } from './facts/analyze-document';
import type { ReviewEntry } from './read/load-review';
import { BuildError, combineErrors } from './errors';
import { loadDocuments } from './read/load-documents';
import { loadActors } from './read/load-actors';
import { makeActorMatcher } from './facts/match-actors';
import { analyzeDocument, prepareDocument } from './facts/analyze-document';
import { findActors } from './facts/find-actors';
import { mergeActors } from './facts/merge-actors';
import { makePlaceMatcher } from './facts/match-places';
import type { PlaceMatcher } from './facts/match-places';
import { generatePlaceQuestions, otherNames } from './write/generate-place-questions';
import { assembleFacts } from './assemble/assemble-facts';
import { earlierText, nameArticle, nameDefinite, previousSentences, refersBack, shortened, withContext } from './write/add-context';

const BACK_NOTE = 'refers to something only the previous sentences say';
const FAR_NOTE = 'refers to something an earlier sentence introduced';
import { generateRoleCards } from './write/generate-role-cards';
import { loadCurated } from './read/load-curated';
import { loadReview } from './read/load-review';
import { generateDateQuestions } from './write/generate-date-questions';
import { generateFigureQuestions } from './write/generate-figure-questions';
import { generateActorQuestions } from './write/generate-actor-questions';
import { generatePositionQuestions, generateArticleQuestions } from './write/generate-position-questions';
import { generateOrderQuestions } from './write/generate-order-questions';
import { CONTEXT_NOTES, DEFINITE_NOTE, scoreCandidate, SCORE_THRESHOLD } from './gate/score-candidate';
import { assignId } from './assemble/assign-ids';
import { checkQuestion, makeGateContext } from './gate/check-question';
import { dedupeCandidates } from './gate/dedupe-candidates';
import { capCandidates } from './gate/cap-candidates';
import { parseRegistry, serializeRegistry, updateRegistry } from './assemble/update-registry';
import { assembleBanks } from './assemble/assemble-banks';
import { formatReport, summarize } from './assemble/format-report';
import { measureCoverage } from './assemble/measure-coverage';
import { containsWords } from './clean/normalize-text';
import type { BuildSummary } from './assemble/format-report';

export interface BuildInput {
	/** Folder of the documents, for messages (e.g. "questions/sources"). */
	sourcesDir: string;
	manifest: ManifestInput;
	/** Document bytes by file name. */
	files: ReadonlyMap<string, Uint8Array>;
	actors: YamlFile | null;
	curated: readonly YamlFile[];
	review: YamlFile | null;
	registry: { path: string; text: string | null };
	corpusTitle?: string;
}

export interface BuildResult {
	files: OutputFile[];
	report: string;
	summary: BuildSummary;
	registry: string;
	questions: Question[];
	rejected: Rejection[];
	/** Each shipped question's ranking score (1 = nothing against it; generated ones ship at SCORE_THRESHOLD or more) and why. */
	scores: Record<string, { score: number; notes: string[] }>;
}

function rejection(c: Candidate, reason: string): Rejection {
	// An order question is read by its items: the report shows them.
	const prompt = c.question.type === 'order' ? `${c.question.prompt} ${c.question.answer}` : c.question.prompt;
	return { id: c.question.id, doc: c.question.sources[0]?.doc ?? '', form: c.form, prompt, reason };
}

function applyEdit(c: Candidate, e: ReviewEntry): Candidate {
	const q = { ...c.question };
	if (e.prompt !== undefined) q.prompt = e.prompt;
	if (e.answer !== undefined) q.answer = e.answer;
	if (e.accept !== undefined) q.accept = e.accept;
	if (e.choices !== undefined) q.choices = e.choices;
	if (e.explanation !== undefined) q.explanation = e.explanation;
	return { ...c, question: q, place: e.place, fact: e.answer ?? c.fact };
}

function generateAll(analyzed: readonly AnalyzedDocument[], actors: ReturnType<typeof loadActors>, places: PlaceMatcher): Candidate[] {
	const sentences = analyzed.flatMap((a) => a.sentences).filter((s) => !s.repeat);
	const previous = previousSentences(analyzed);
	const earlier = earlierText(analyzed);
	// Once per sentence, not per candidate (a sentence has a dozen candidates).
	const memo = <T,>(f: (s: AnalyzedSentence) => T) => {
		const cache = new Map<AnalyzedSentence, T>();
		return (s: AnalyzedSentence): T => {
			if (!cache.has(s)) cache.set(s, f(s));
			return cache.get(s)!;
		};
	};
	const backOf = memo((s) => refersBack(s.text, earlier.get(s)));
	const nearBackOf = memo((s) => refersBack(s.text, previous.get(s)?.text));
	const bySource = new Map(sentences.map((s) => [`${s.doc}|${s.start}`, s]));
	const titles = new Map(analyzed.map((a) => [a.doc.id, a.doc.title]));
	return [
		...generateDateQuestions(sentences),
		...generateFigureQuestions(sentences),
		...generateActorQuestions(sentences, actors),
		...generatePositionQuestions(sentences, actors),
		...generateArticleQuestions(sentences, analyzed.map((a) => a.doc)),
		...generatePlaceQuestions(sentences, places),
		...generateRoleCards(sentences),
		...generateOrderQuestions(analyzed, { people: actors.filter((a) => a.kind === 'person').flatMap((a) => a.aliases) })
	]
		.map(scoreCandidate)
		.map((c) => {
			// "the leak" after a sentence about a leaked letter: it points back, so it is asked with that sentence.
			const s = bySource.get(`${c.question.sources[0].doc}|${c.question.sources[0].start}`);
			// "the study" three sentences after "a 2016 genetic study": showing the sentence before would not say which.
			const back = s && c.question.type !== 'order' ? backOf(s) : null;
			// Only where the learner reads it ("What office did Linda Park hold?" shows none of its sentence).
			if (!s || !back || !`${c.question.prompt} ${c.question.answer}`.toLowerCase().includes(back.toLowerCase()) || c.notes.includes(BACK_NOTE) || c.notes.includes(FAR_NOTE)) return c;
			const note = nearBackOf(s) === back ? BACK_NOTE : FAR_NOTE;
			return { ...c, score: Math.round((c.score - 0.5) * 100) / 100, notes: [...c.notes, note] };
		})
		.map((c) => {
			// A long sentence: ask by the clause that holds the blank.
			if (c.score < SCORE_THRESHOLD && c.notes.some((n) => /^sentence over/.test(n))) {
				const cut = shortened(c);
				const rescored = cut ? scoreCandidate(cut) : null;
				if (rescored && rescored.score >= SCORE_THRESHOLD) return rescored;
			}
			return c;
		})
		.map((c) => {
			// "the bridge" after "the Old Mill Bridge": the name the article gave, in square brackets.
			if (c.score >= SCORE_THRESHOLD || !c.notes.includes(DEFINITE_NOTE)) return c;
			const s = bySource.get(`${c.question.sources[0].doc}|${c.question.sources[0].start}`);
			const alt = s ? nameDefinite(c, earlier.get(s)) : null;
			const rescored = alt ? scoreCandidate(alt) : null;
			return rescored && rescored.score >= SCORE_THRESHOLD ? rescored : c;
		})
		.map((c) => {
			// "the drought" in an article titled "2016 New York drought": the prompt names the article.
			if (c.score >= SCORE_THRESHOLD || !c.notes.includes(DEFINITE_NOTE)) return c;
			const s = bySource.get(`${c.question.sources[0].doc}|${c.question.sources[0].start}`);
			const alt = s ? nameArticle(c, titles.get(s.doc), s.attribution) : null;
			const rescored = alt ? scoreCandidate(alt) : null;
			return rescored && rescored.score >= SCORE_THRESHOLD ? rescored : c;
		})
		.map((c) => {
			// Leaning on the sentence before: show that sentence too, when it resolves the reference.
			if (c.score >= SCORE_THRESHOLD || !c.notes.some((n) => CONTEXT_NOTES.has(n))) return c;
			const s = bySource.get(`${c.question.sources[0].doc}|${c.question.sources[0].start}`);
			const alt = s ? withContext(c, s, previous.get(s)) : null;
			const rescored = alt ? scoreCandidate(alt) : null;
			return rescored && rescored.score >= SCORE_THRESHOLD ? rescored : c;
		})
		.map(assignId);
}

/**
 * A generated question on a fact a curated question already asks (same sentence, same answer) is a
 * near-duplicate, and the hand-written one is the better worded: the generated one goes.
 */
function dropAskedByCurated(passing: Candidate[], curated: readonly Candidate[], rejected: Rejection[], review: ReadonlyMap<string, ReviewEntry>): Candidate[] {
	const bySentence = new Map<string, Candidate[]>();
	for (const c of curated)
		for (const s of c.question.sources) {
			const key = s.doc;
			bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
		}
	const overlaps = (a: { doc: string; start: number; end: number }, b: { doc: string; start: number; end: number }) =>
		a.doc === b.doc && a.start < b.end && a.end > b.start;
	return passing.filter((g) => {
		if (review.get(g.question.id)?.action === 'approve') return true;
		if (g.question.type === 'order') {
			// An ordering whose events a curated ordering mostly orders already asks the same thing.
			const srcs = g.question.sources;
			const same = (bySentence.get(srcs[0].doc) ?? []).find(
				(c) => c.question.type === 'order' && srcs.filter((s) => c.question.sources.some((t) => overlaps(s, t))).length * 2 > srcs.length
			);
			if (same) rejected.push(rejection(g, `near-duplicate of curated ${same.question.id} (most of the same events)`));
			return !same;
		}
		const src = g.question.sources[0];
		const answer = g.question.type === 'truefalse' ? g.fact : g.question.answer;
		const same = (bySentence.get(src.doc) ?? []).find(
			(c) =>
				c.question.sources.some((s) => s.doc === src.doc && s.start < src.end && s.end > src.start) &&
				[c.question.answer, ...(c.question.accept ?? [])].some((x) => containsWords(x, answer) || containsWords(answer, x))
		);
		if (same) rejected.push(rejection(g, `near-duplicate of curated ${same.question.id} (same sentence and answer)`));
		return !same;
	});
}

export function buildBanks(input: BuildInput): BuildResult {
	const docs = loadDocuments(input.manifest, input.files, input.sourcesDir);
	const seen = new Set<string>();
	const prepared = docs.map((d) => prepareDocument(d, seen));
	// Actors come from the text; actors.yaml, when there is one, only corrects them.
	const found = findActors(prepared.flatMap((p) => p.sentences.filter((s) => !s.repeat)));
	const actors = mergeActors(found.actors, loadActors(input.actors));
	const matcher = makeActorMatcher(actors);
	const places = makePlaceMatcher(found.places);
	const analyzed = prepared.map((p) => analyzeDocument(p, matcher, undefined, places));
	const ctx: GateContext = makeGateContext(
		new Map(docs.map((d) => [d.id, d.text])),
		analyzed.flatMap((a) => a.sentences.map((s) => ({ doc: s.doc, text: s.text }))),
		actors.filter((a) => a.kind === 'person').flatMap((a) => a.aliases)
	);
	const docTexts = new Map(analyzed.map((a) => [a.doc.id, { id: a.doc.id, text: a.doc.text, body: a.clean.body }]));

	// Curated: every failure stops the build with file:line.
	const curated: Candidate[] = [];
	const curatedIds = new Map<string, string>();
	const errors: BuildError[] = [];
	for (const file of input.curated)
		for (const c of loadCurated(file, docTexts, matcher, errors)) {
			const place = c.place ?? { file: file.path };
			if (curatedIds.has(c.question.id)) {
				errors.push(new BuildError('duplicate-id', place, `the same doc and id already appear at ${curatedIds.get(c.question.id)}`));
				continue;
			}
			curatedIds.set(c.question.id, `${place.file}:${place.line}`);
			const failure = checkQuestion(c, ctx);
			if (failure) errors.push(new BuildError('gate-failed', place, `${failure.gate}: ${failure.reason}`));
			else curated.push(c);
		}
	if (errors.length) throw combineErrors(errors);

	// Generated: reviewed by hand where review.yaml says so, gated, ranked.
	const review = loadReview(input.review);
	const rejected: Rejection[] = [];
	const passing: Candidate[] = [];
	const seenReview = new Set<string>();
	for (let c of generateAll(analyzed, actors, places)) {
		const r = review.get(c.question.id);
		if (r) seenReview.add(r.id);
		if (r?.action === 'reject') {
			rejected.push(rejection(c, `review: ${r.reason}`));
			continue;
		}
		if (r?.action === 'edit') {
			c = applyEdit(c, r);
			const failure = checkQuestion(c, ctx);
			if (failure) throw new BuildError('gate-failed', r.place, `edit of ${r.id}: ${failure.gate}: ${failure.reason}`);
		}
		const failure = checkQuestion(c, ctx);
		if (failure) {
			rejected.push(rejection(c, `${failure.gate}: ${failure.reason}`));
			continue;
		}
		if (!r && c.score < SCORE_THRESHOLD) {
			rejected.push(rejection(c, `score ${c.score} < ${SCORE_THRESHOLD}: ${c.notes.join('; ')}`));
			continue;
		}
		passing.push(c);
	}
	const { kept: unique, dropped } = dedupeCandidates(dropAskedByCurated(passing, curated, rejected, review));
	for (const d of dropped) rejected.push(rejection(d.candidate, `near-duplicate of ${d.of.question.id}`));
	const approved = new Set([...review.values()].filter((r) => r.action !== 'reject').map((r) => r.id));
	const capped = capCandidates(unique, approved);
	for (const d of capped.dropped) rejected.push(rejection(d.candidate, d.reason));
	const kept = capped.kept;

	const shipped = [...curated, ...kept];
	const registry = updateRegistry(parseRegistry(input.registry.path, input.registry.text), shipped, input.registry.path);
	const questions = shipped.map((c) => c.question);
	const aka = otherNames(analyzed.flatMap((a) => a.sentences));
	const factsInput = { analyzed, actors, places: places.places, otherNames: new Map([...aka].map(([k, v]) => [k, [...v].sort()])) };
	const files = assembleBanks(docs, questions, input.corpusTitle ?? 'All articles', (bank) =>
		assembleFacts(factsInput, bank.id, bank.version, new Set(bank.id === 'corpus' ? docs.map((d) => d.id) : [bank.id]), bank.questions)
	);
	const stale = [...review.values()].filter((r) => !seenReview.has(r.id));
	const summary = summarize(docs, questions, rejected, measureCoverage(analyzed, questions));
	return {
		files,
		summary,
		report: formatReport(summary, rejected, stale),
		registry: serializeRegistry(registry),
		questions,
		rejected,
		scores: Object.fromEntries(shipped.map((c) => [c.question.id, { score: c.score, notes: c.notes }]))
	};
}
