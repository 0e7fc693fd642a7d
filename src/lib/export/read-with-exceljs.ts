/** Test helper: reads delimited text with exceljs's CSV reader (fast-csv), an independent, well-kept reader. */
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';

export async function readCsvWithExcelJs(text: string, delimiter: ',' | '\t', comment?: string): Promise<string[][]> {
	const workbook = new ExcelJS.Workbook();
	const sheet = await workbook.csv.read(Readable.from([text]), {
		// Values as written: no number or date guessing.
		map: (value: unknown) => value,
		parserOptions: { delimiter, comment }
	});
	const rows: string[][] = [];
	sheet.eachRow({ includeEmpty: false }, (row) => {
		const values = (row.values as unknown[]).slice(1);
		rows.push(values.map((v) => (v === undefined || v === null ? '' : String(v))));
	});
	return rows;
}
