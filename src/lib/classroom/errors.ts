/** Why a typed or scanned code was refused; every kind has a message a student or teacher can act on. */
export type CodeErrorKind =
	| 'empty'
	| 'bad-character'
	/** A pasted link whose %-escapes are broken. */
	| 'bad-link'
	| 'mistyped'
	| 'truncated'
	| 'foreign'
	| 'newer-format'
	| 'forged'
	| 'unknown-bank'
	| 'bank-version'
	| 'other-quiz'
	| 'duplicate';

export class CodeError extends Error {
	readonly kind: CodeErrorKind;
	constructor(kind: CodeErrorKind, message: string) {
		super(message);
		this.name = 'CodeError';
		this.kind = kind;
	}
}

export function isCodeError(error: unknown): error is CodeError {
	return error instanceof CodeError;
}
