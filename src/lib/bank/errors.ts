/**
 * Build errors, keyed (as in workbox-build) so tests check the key and people read the message.
 * Every message names the file, the line where there is one, and what to do.
 */
export const BUILD_ERRORS = {
	'manifest-missing': 'The manifest is missing. Create questions/sources/manifest.json with a "documents" list.',
	'manifest-malformed': 'The manifest is not valid JSON or lacks a "documents" list. Fix the JSON syntax.',
	'manifest-entry-invalid': 'A manifest entry is incomplete. Give it "file" (a .txt name) and "date" (YYYY-MM-DD); title, author and publisher are strings or null.',
	'document-missing': 'The manifest lists a document that is not in questions/sources/. Add the file or remove its entry.',
	'document-empty': 'The document is empty. Put the article text in it or remove it and its manifest entry.',
	'document-binary': 'The document looks binary (it contains NUL bytes). Save it as plain UTF-8 text.',
	'document-not-utf8': 'The document is not valid UTF-8. Re-save it as UTF-8 text.',
	'duplicate-id': 'Two entries share the same id. Give each one its own id.',
	'yaml-malformed': 'The YAML is malformed. Fix the syntax at the line shown.',
	'actor-invalid': 'An actor entry is incomplete. Give it id, name, aliases (a list), kind and side.',
	'curated-invalid': 'A curated question is incomplete or has an unknown field value. Fix it as the message says.',
	'curated-unknown-doc': 'A curated file names a document that is not in the manifest. Use a document id (the file name without .txt).',
	'quote-not-found': 'A quote is not in its document. Copy the sentence verbatim (same quotes, dashes and spacing).',
	'unknown-actor': 'An actor question names an actor that is not in questions/actors.yaml. Add the actor or fix the spelling.',
	'gate-failed': 'A curated or edited question fails a quality gate. Fix it as the reason says.',
	'id-reused': 'This id was used before by a different question and is retired. Choose a new slug.',
	'review-invalid': 'A review entry is malformed. Each entry needs id and action (approve, reject or edit).',
	'registry-malformed': 'The id registry is not valid JSON. Restore questions/ids.json from git.'
} as const;

export type BuildErrorKey = keyof typeof BUILD_ERRORS;

export interface ErrorPlace {
	file: string;
	line?: number;
}

export class BuildError extends Error {
	readonly key: BuildErrorKey;
	readonly file: string;
	readonly line: number | undefined;
	readonly detail: string;

	constructor(key: BuildErrorKey, place: ErrorPlace, detail: string) {
		const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
		super(`${where}: ${detail}. ${BUILD_ERRORS[key]}`);
		this.name = 'BuildError';
		this.key = key;
		this.file = place.file;
		this.line = place.line;
		this.detail = detail;
	}
}

/** Several errors at once (a person fixing the curated layer wants to see them all): the first leads. */
export function combineErrors(errors: readonly BuildError[]): BuildError {
	const [first, ...rest] = errors;
	if (rest.length === 0) return first;
	const more = rest.map((e) => `  ${e.message}`).join('\n');
	const combined = new BuildError(first.key, { file: first.file, line: first.line }, first.detail);
	combined.message = `${first.message}\n${rest.length} more:\n${more}`;
	return combined;
}
