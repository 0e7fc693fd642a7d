/**
 * How well a set of FSRS parameters predicts the learner's recalls: fsrs-rs's `evaluate` (which fsrs-browser does
 * not expose) redone over ts-fsrs's model, the one the app schedules with. For every item the memory state after
 * its history gives the predicted chance of recall at its last review; the label is 1 unless that review was Again.
 * - log loss: the recency-weighted binary cross-entropy (fsrs-rs weights item k of n by 0.25 + 0.75·(k/(n−1))³);
 * - RMSE (bins): predicted against actual recall per bin of (interval, reviews so far, lapses), weighted, as fsrs-rs.
 * Lower is better for both. Pure.
 */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { FitItem } from './fit-data';

export interface Evaluation {
	logLoss: number;
	rmseBins: number;
	/** Items evaluated. */
	count: number;
}

/** Keeps log(p) finite for a prediction of exactly 0 or 1. */
const EPSILON = 1e-7;

/** `items` in time order (as fitDataFromLog gives them). Throws on an empty list: there is nothing to measure. */
export function evaluateParameters(items: readonly FitItem[], parameters: readonly number[]): Evaluation {
	if (items.length === 0) throw new RangeError('No reviews to evaluate');
	const model = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
	const bins = new Map<string, { predicted: number; actual: number; count: number; weight: number }>();
	const span = Math.max(1, items.length - 1);
	let loss = 0;
	let weights = 0;
	items.forEach((item, k) => {
		const weight = 0.25 + 0.75 * (k / span) ** 3;
		const reviews = item.reviews;
		let state: FSRSState | null = null;
		for (let i = 0; i < reviews.length - 1; i++) state = model.next_state(state, reviews[i].deltaT, reviews[i].rating);
		const current = reviews[reviews.length - 1];
		const p = state ? model.forgetting_curve(current.deltaT, state.stability) : 0.5;
		const clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
		const y = current.rating === 1 ? 0 : 1;
		loss -= weight * (y * Math.log(clipped) + (1 - y) * Math.log(1 - clipped));
		weights += weight;
		const key = binOf(item);
		const bin = bins.get(key) ?? { predicted: 0, actual: 0, count: 0, weight: 0 };
		bin.predicted += p;
		bin.actual += y;
		bin.count += 1;
		bin.weight += weight;
		bins.set(key, bin);
	});
	let squares = 0;
	let binWeights = 0;
	for (const b of bins.values()) {
		squares += (b.predicted / b.count - b.actual / b.count) ** 2 * b.weight;
		binWeights += b.weight;
	}
	return { logLoss: loss / weights, rmseBins: Math.sqrt(squares / binWeights), count: items.length };
}

/** fsrs-rs `r_matrix_index`: log-spaced bins of the interval, the long-term reviews so far and the lapses. */
function binOf(item: FitItem): string {
	const reviews = item.reviews;
	const deltaT = reviews[reviews.length - 1].deltaT;
	const deltaBin = Math.round(2.48 * 3.62 ** Math.floor(Math.log(deltaT) / Math.log(3.62)) * 100);
	const length = reviews.filter((r) => r.deltaT > 0).length + 1;
	const lengthBin = Math.round(1.99 * 1.89 ** Math.floor(Math.log(length) / Math.log(1.89)));
	const lapses = reviews.slice(0, -1).filter((r) => r.rating === 1 && r.deltaT > 0).length;
	const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * 1.73 ** Math.floor(Math.log(lapses) / Math.log(1.73)));
	return `${deltaBin}/${lengthBin}/${lapseBin}`;
}

/** The relative improvement in log loss, in percent (positive: the fitted parameters predict better). */
export function logLossGain(current: Evaluation, fitted: Evaluation): number {
	return ((current.logLoss - fitted.logLoss) / current.logLoss) * 100;
}
