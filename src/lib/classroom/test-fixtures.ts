// Synthetic banks for the classroom unit tests (never imported by the app).
import type { Bank, BankIndexEntry, Question, QuestionKind, QuestionType } from '../format/bank-format';
import { KINDS } from './quiz-code';

const TYPES: QuestionType[] = ['choice', 'typed', 'truefalse', 'cloze', 'order', 'flashcard'];

export function makeBank(size: number, id = 'corpus', version = 'v-test-1'): Bank {
	const questions: Question[] = Array.from({ length: size }, (_, i) => {
		const type = TYPES[i % TYPES.length];
		const kind: QuestionKind = KINDS[i % KINDS.length];
		const q: Question = {
			id: `q-${i}`,
			type,
			kind,
			prompt: `Question ${i}?`,
			answer: type === 'truefalse' ? 'True' : `Answer ${i}`,
			sources: [{ doc: `doc-${i % 3}`, quote: `Sentence ${i}.`, start: 0, end: 12 }],
			origin: 'generated'
		};
		if (type === 'choice') q.choices = [`Answer ${i}`, 'Other A', 'Other B', 'Other C'];
		if (type === 'order') {
			q.items = ['First', 'Second', 'Third', 'Fourth'];
			q.answer = q.items.join(' → ');
		}
		if (type === 'cloze') q.prompt = `The answer is _____ (${i}).`;
		return q;
	});
	return {
		format: 1,
		id,
		title: id === 'corpus' ? 'All articles' : id,
		version,
		documents: [0, 1, 2].map((d) => ({
			id: `doc-${d}`,
			file: `doc-${d}.txt`,
			title: d === 2 ? null : `Article ${d}`,
			author: `Author ${d}`,
			publisher: null,
			date: `2019-0${d + 1}-01`
		})),
		questions
	};
}

export function indexEntry(bank: Bank): BankIndexEntry {
	return {
		id: bank.id,
		title: bank.title,
		version: bank.version,
		file: `${bank.id}.json`,
		questionCount: bank.questions.length,
		documents: bank.documents.map((d) => d.id)
	};
}
