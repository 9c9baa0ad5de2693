// Checks a CSV file against the national standard's table schema (v1.0.2, vendored under
// services/partners/reference): each column's constraints become a JSON Schema that ajv applies
// to every row; the primary key's uniqueness is checked across rows.
import Ajv from 'ajv';
import { parse } from 'csv-parse/sync';
import schema from '../../reference/standard-mediation-num-v1.0.2.schema.json';

interface TableField {
  name: string;
  type: string;
  constraints?: { required?: boolean; pattern?: string; maxLength?: number; unique?: boolean };
}

const fields = schema.fields as TableField[];

function columnSchema(field: TableField): object {
  const c = field.constraints ?? {};
  const value =
    field.type === 'number'
      ? { type: 'number' }
      : field.type === 'date'
        ? { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }
        : { type: 'string', minLength: 1, ...(c.pattern ? { pattern: c.pattern } : {}), ...(c.maxLength ? { maxLength: c.maxLength } : {}) };
  return value;
}

const rowSchema = {
  type: 'object',
  properties: Object.fromEntries(fields.map((f) => [f.name, columnSchema(f)])),
  // An empty cell is a missing value in a table schema: only required columns must be filled.
  required: fields.filter((f) => f.constraints?.required).map((f) => f.name),
  additionalProperties: false,
};

const validateRow = new Ajv({ allErrors: true, unicodeRegExp: true }).compile(rowSchema);

export const STANDARD_FIELD_NAMES = fields.map((f) => f.name);

/** Every violation of the schema in a CSV file, as "line N: column message"; empty when the file is valid. */
export function violationsOfStandard(csv: string): string[] {
  const records = parse(csv, { bom: true }) as string[][];
  const [header, ...rows] = records;
  const problems: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(STANDARD_FIELD_NAMES)) problems.push(`header: ${header.join(',')} is not the schema's field list`);
  const ids = new Map<string, number>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    const row: Record<string, unknown> = {};
    header.forEach((name, j) => {
      const cell = cells[j] ?? '';
      if (cell === '') return;
      const field = fields.find((f) => f.name === name);
      row[name] = field?.type === 'number' ? (Number.isFinite(Number(cell)) ? Number(cell) : cell) : cell;
    });
    if (!validateRow(row)) for (const e of validateRow.errors ?? []) problems.push(`line ${line}: ${e.instancePath || e.params && JSON.stringify(e.params)} ${e.message}`);
    const id = String(row[schema.primaryKey] ?? '');
    if (ids.has(id)) problems.push(`line ${line}: id ${id} repeats line ${ids.get(id)}`);
    ids.set(id, line);
  });
  return problems;
}
