/**
 * Coverage: is every date, figure, named actor and attributed position of the articles asked about at least
 * once? A fact counts as asked when a shipped question of its kind quotes the sentence that states it (an actor:
 * when a shipped question's answer is that actor, or an actor question quotes the sentence).
 */
import type { AnalyzedDocument, AnalyzedSentence } from '../facts/analyze-document';
import type { Question, QuestionKind } from '../../format/bank-format';
import { extractPositions } from '../facts/extract-positions';
import { containsWords } from '../clean/normalize-text';

export interface CoverageGap {
	doc: string;
	what: 'date' | 'figure' | 'actor' | 'position';
	surface: string;
	sentence: string;
}

export interface Coverage {
	/** Facts found / asked about, per kind of fact. */
	counts: Record<CoverageGap['what'], { found: number; asked: number }>;
	gaps: CoverageGap[];
}

function quotes(q: Question, s: AnalyzedSentence): boolean {
	return q.sources.some((src) => src.doc === s.doc && src.start < s.end && src.end > s.start);
}

export function measureCoverage(analyzed: readonly AnalyzedDocument[], questions: readonly Question[]): Coverage {
	const byDoc = new Map<string, Question[]>();
	for (const q of questions) for (const d of new Set(q.sources.map((s) => s.doc))) byDoc.set(d, [...(byDoc.get(d) ?? []), q]);
	const counts: Coverage['counts'] = {
		date: { found: 0, asked: 0 },
		figure: { found: 0, asked: 0 },
		actor: { found: 0, asked: 0 },
		position: { found: 0, asked: 0 }
	};
	const gaps: CoverageGap[] = [];
	const seenActors = new Set<string>();
	const note = (s: AnalyzedSentence, what: CoverageGap['what'], surface: string, asked: boolean) => {
		counts[what].found++;
		if (asked) counts[what].asked++;
		else gaps.push({ doc: s.doc, what, surface, sentence: s.text });
	};
	for (const a of analyzed)
		for (const s of a.sentences) {
			if (s.repeat) continue;
			const here = (byDoc.get(s.doc) ?? []).filter((q) => quotes(q, s));
			const ofKind = (...kinds: QuestionKind[]) => here.some((q) => kinds.includes(q.kind));
			for (const d of s.dates) note(s, 'date', d.surface, ofKind('date', 'event'));
			for (const f of s.figures) note(s, 'figure', f.surface, ofKind('poll', 'number'));
			for (const p of extractPositions(s)) note(s, 'position', `${p.surface} ${p.verb}`, ofKind('position'));
			for (const m of s.actors) {
				// Each actor once per article: asked about anywhere in it, or in this sentence.
				const key = `${s.doc}|${m.actor.id}`;
				if (seenActors.has(key)) continue;
				seenActors.add(key);
				const named = (byDoc.get(s.doc) ?? []).some((q) => [q.answer, ...(q.accept ?? [])].some((x) => m.actor.aliases.some((al) => containsWords(x, al))));
				note(s, 'actor', m.actor.name, named || ofKind('actor'));
			}
		}
	return { counts, gaps };
}
