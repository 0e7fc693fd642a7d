import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{ name: 'svelte', test: /node_modules\/(svelte\/src\/(internal|index-client|legacy|store|reactivity\/create-subscriber|utils|constants)|clsx)\//, priority: 2 },
						// What the layout opens on every page: the database connection and the app-wide alerts.
						{
							name: 'storage',
							priority: 1,
							test: /src\/lib\/(state\/(app-status\.svelte|storage-watch|page-chrome\.svelte)|storage\/(connection|errors|schema|tallies|upgrade))\.ts$|node_modules\/idb\//
						},
						// Home's reads (and study's, stats', own banks'): one file rather than a dozen of a few hundred bytes each.
						{
							name: 'reads',
							priority: 1,
							test: /src\/lib\/(state\/(day-context|documents|collections|problems|banks)|domain\/(today|allowance|days|types)|storage\/(counts|records|suspended|settings|extra-new|persistence|own-banks-hint)|format\/bank-format)\.ts$/
						}
					]
				}
			}
		}
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'questions/**/*.test.ts'],
		environment: 'node'
	}
});
