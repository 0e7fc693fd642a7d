/**
 * Tokens and parts of speech from wink-nlp with its light English model (POS tagging ~95% on news text; no
 * people or organisation entities, which find-actors builds from the tags). The model (~1 MB gz) is loaded on
 * first use, so code that never tags never pays for it; the builder only runs on the bank script and on the
 * add-document page.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
	text: string;
	/** Universal POS tag: PROPN, NOUN, VERB, ADJ, ADP, DET, NUM, PUNCT, PART, AUX, … */
	pos: string;
	/** Offsets in the tagged text. */
	start: number;
	end: number;
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** Tags one sentence; offsets are recovered by finding each token after the previous one. */
export function tagTokens(text: string): Token[] {
	nlp ??= winkNLP(model);
	const doc = nlp.readDoc(text);
	const words = doc.tokens().out() as string[];
	const tags = doc.tokens().out(nlp.its.pos) as string[];
	const out: Token[] = [];
	let at = 0;
	for (let i = 0; i < words.length; i++) {
		const w = words[i];
		const start = text.indexOf(w, at);
		// wink normalises a few characters (quotes): keep the position we have rather than guess.
		if (start < 0) continue;
		out.push({ text: w, pos: tags[i], start, end: start + w.length });
		at = start + w.length;
	}
	return out;
}
