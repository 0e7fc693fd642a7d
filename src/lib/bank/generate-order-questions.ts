/** Chronological ordering (placeholder until events are extracted): none generated yet. */
import type { Candidate } from './candidate';
import type { AnalyzedDocument } from './analyze-document';

export function generateOrderQuestions(_analyzed: readonly AnalyzedDocument[]): Candidate[] {
	return [];
}
