/**
 * Moodle XML (Moodle's own question import; most learning platforms convert from it). Question texts are HTML
 * made from the text (escaped, line breaks as <br>), so markup in a question shows as text. Multiple choice,
 * true/false, short answer with every accepted form, ordering (Moodle's ordering question type), flashcards as
 * essays with the answer in the grader information; the source in each question's general feedback.
 */
import type { ExportSet } from './export-set';
import { exportRows, sourceLine, type ExportRow } from './export-set';
import { escapeHtml } from './html';
import { escapeXml } from './xml';

export { escapeXml };

/** Text shown as HTML in Moodle: escaped, line breaks as <br>. */
const html = (text: string) => escapeXml(escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>'));
const htmlText = (tag: string, text: string) => `<${tag} format="html"><text>${html(text)}</text></${tag}>`;
/** Moodle's short-answer matching treats * as a wildcard; \* is a literal star. */
const shortAnswer = (text: string) => escapeXml(text.replace(/\*/g, '\\*'));

function generalFeedback(row: ExportRow): string {
	return [row.question.explanation ?? '', sourceLine(row)].filter(Boolean).join('\n');
}

function head(type: string, row: ExportRow): string[] {
	const q = row.question;
	return [
		`<question type="${type}">`,
		`<name><text>${escapeXml(`${q.id} — ${q.prompt}`.slice(0, 200))}</text></name>`,
		htmlText('questiontext', q.prompt),
		htmlText('generalfeedback', generalFeedback(row)),
		'<defaultgrade>1</defaultgrade>',
		'<penalty>0.3333333</penalty>',
		'<hidden>0</hidden>',
		`<idnumber>${escapeXml(q.id)}</idnumber>`
	];
}

function body(row: ExportRow): string[] {
	const q = row.question;
	switch (q.type) {
		case 'choice':
			return [
				...head('multichoice', row),
				'<single>true</single>',
				'<shuffleanswers>true</shuffleanswers>',
				'<answernumbering>abc</answernumbering>',
				...row.choices.map((c) => `<answer fraction="${c === q.answer ? 100 : 0}" format="html"><text>${html(c)}</text></answer>`)
			];
		case 'truefalse':
			return [
				...head('truefalse', row),
				`<answer fraction="${q.answer === 'True' ? 100 : 0}" format="moodle_auto_format"><text>true</text></answer>`,
				`<answer fraction="${q.answer === 'False' ? 100 : 0}" format="moodle_auto_format"><text>false</text></answer>`
			];
		case 'typed':
		case 'cloze': {
			const forms = [q.answer, ...(q.accept ?? [])].filter((f, i, all) => all.indexOf(f) === i);
			return [
				...head('shortanswer', row),
				'<usecase>0</usecase>',
				...forms.map((f) => `<answer fraction="100" format="moodle_auto_format"><text>${shortAnswer(f)}</text></answer>`)
			];
		}
		case 'order':
			return [
				...head('ordering', row),
				'<layouttype>VERTICAL</layouttype>',
				'<selecttype>ALL</selecttype>',
				'<selectcount>0</selectcount>',
				'<gradingtype>ABSOLUTE_POSITION</gradingtype>',
				'<showgrading>SHOW</showgrading>',
				'<numberingstyle>none</numberingstyle>',
				// The fraction is the item's place in the right order.
				...(q.items ?? []).map((item, i) => `<answer fraction="${i + 1}" format="html"><text>${html(item)}</text></answer>`)
			];
		case 'flashcard':
			return [
				...head('essay', row),
				'<responseformat>editor</responseformat>',
				'<responserequired>1</responserequired>',
				'<responsefieldlines>3</responsefieldlines>',
				'<attachments>0</attachments>',
				htmlText('graderinfo', q.answer),
				htmlText('responsetemplate', '')
			];
	}
}

export function writeMoodleXml(set: ExportSet): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<quiz>',
		'<question type="category">',
		`<category><text>${escapeXml(`$course$/top/Sourcedeck/${set.title.replace(/\//g, '-')}`)}</text></category>`,
		'</question>'
	];
	for (const row of exportRows(set)) lines.push(...body(row), '</question>');
	lines.push('</quiz>');
	return lines.join('\n') + '\n';
}
