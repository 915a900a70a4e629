import { graphql } from '@/gql/gql';
import type { BankStatementRowInput } from '@/gql/graphql';

/** The columns of a statement line, in the order a CSV without a header gives them. */
export const statementColumns = [
  'valueDate',
  'amount',
  'payerName',
  'payerAccount',
  'payerTaxNumber',
  'bankReference',
  'memo',
] as const;

type Column = (typeof statementColumns)[number];

// Header words banks use (zh-CN and English), to the column they fill.
const headerWords: Record<string, Column> = {
  valuedate: 'valueDate',
  date: 'valueDate',
  起息日: 'valueDate',
  交易日期: 'valueDate',
  日期: 'valueDate',
  amount: 'amount',
  金额: 'amount',
  贷方金额: 'amount',
  收入金额: 'amount',
  payername: 'payerName',
  payer: 'payerName',
  付款人: 'payerName',
  付款人户名: 'payerName',
  对方户名: 'payerName',
  payeraccount: 'payerAccount',
  account: 'payerAccount',
  付款人账号: 'payerAccount',
  对方账号: 'payerAccount',
  payertaxnumber: 'payerTaxNumber',
  taxnumber: 'payerTaxNumber',
  纳税人识别号: 'payerTaxNumber',
  bankreference: 'bankReference',
  reference: 'bankReference',
  流水号: 'bankReference',
  交易流水号: 'bankReference',
  memo: 'memo',
  摘要: 'memo',
  附言: 'memo',
  用途: 'memo',
};

/** Splits CSV text into rows of cells: commas or tabs, double-quoted cells with "" for a quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',' || c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((v) => v.trim() !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((v) => v.trim() !== '')) rows.push(row);
  return rows;
}

/** yyyy-MM-dd from 2026-12-01, 2026/12/1, 20261201 or 2026年12月1日; null (the API reports the line) otherwise. */
const normalizeDate = (text: string | null) => {
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(text?.trim() ?? '');
  const [, year, month, day] = m ?? [];
  return year && month && day ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : null;
};

/**
 * The statement lines of a pasted or chosen CSV, as the API's input: a first row of known header words names the
 * columns (any order), else the columns are {@link statementColumns} in order. Amounts lose thousands separators and
 * the currency sign; the API checks every value and reports each line.
 */
export function statementRows(text: string): BankStatementRowInput[] {
  const cells = parseCsv(text);
  if (!cells.length) return [];
  const header = (cells[0] ?? []).map(
    (h) => headerWords[h.trim().toLowerCase().replace(/[\s_]/g, '')],
  );
  const named = header.filter(Boolean).length >= 2;
  const columns: (Column | undefined)[] = named ? header : [...statementColumns];
  return cells.slice(named ? 1 : 0).map((row) => {
    const get = (column: Column) => {
      const index = columns.indexOf(column);
      const value = index >= 0 ? row[index]?.trim() : undefined;
      return value ? value : null;
    };
    const amountText = (get('amount') ?? '').replace(/[¥,，\s]/g, '');
    const amount = amountText ? Number(amountText) : NaN;
    return {
      valueDate: normalizeDate(get('valueDate')),
      amount: Number.isFinite(amount) ? amount : null,
      payerName: get('payerName'),
      payerAccount: get('payerAccount'),
      payerTaxNumber: get('payerTaxNumber'),
      bankReference: get('bankReference'),
      memo: get('memo'),
    };
  });
}

export const ImportBankStatementMutation = graphql(`
  mutation ImportBankStatement($input: ImportBankStatementInput!) {
    importBankStatement(input: $input) {
      bankStatement {
        dryRun
        imported
        duplicates
        unmatched
        invalid
        rows {
          index
          status
          bankReference
          amount
          appliedAmount
          customer {
            id
            name
          }
          receipt {
            id
            number
          }
          errors {
            ...UserErrorFields
          }
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
