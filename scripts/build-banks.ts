// Placeholder until the bank builder lands (issue 3): publishes the source documents and an empty index.
import { mkdirSync, readdirSync, copyFileSync, writeFileSync } from 'node:fs';
mkdirSync('static/banks', { recursive: true });
mkdirSync('static/sources', { recursive: true });
for (const f of readdirSync('questions/sources')) copyFileSync(`questions/sources/${f}`, `static/sources/${f}`);
writeFileSync('static/banks/index.json', JSON.stringify({ format: 1, banks: [] }) + '\n');
