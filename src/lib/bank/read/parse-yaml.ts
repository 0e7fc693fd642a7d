/** YAML with line numbers: the curated layer is edited by hand, so every error names its line. */
import { LineCounter, parseDocument, isCollection } from 'yaml';
import type { Node } from 'yaml';
import { BuildError } from '../errors';

export interface YamlFile {
	path: string;
	text: string;
}

export interface ParsedYaml {
	path: string;
	value: unknown;
	/** Line (1-based) of the node at `keys` (e.g. [0, 'aliases']), else of its nearest parent. */
	lineOf(keys: (string | number)[]): number | undefined;
}

export function parseYaml(file: YamlFile): ParsedYaml {
	const counter = new LineCounter();
	const doc = parseDocument(file.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const err = doc.errors[0];
	if (err) {
		const line = err.linePos?.[0]?.line ?? counter.linePos(err.pos[0]).line;
		throw new BuildError('yaml-malformed', { file: file.path, line }, err.message.split('\n')[0]);
	}
	const lineOf = (keys: (string | number)[]): number | undefined => {
		for (let n = keys.length; n >= 0; n--) {
			const node = (n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true)) as Node | undefined;
			if (node && node.range) return counter.linePos(node.range[0]).line;
			if (n > 0 && isCollection(doc.getIn(keys.slice(0, n - 1), true))) continue;
		}
		return undefined;
	};
	return { path: file.path, value: doc.toJS(), lineOf };
}
