import { describe, expect, it } from 'vitest';
import { parseCsv, statementRows } from '@/features/receivables/api/bank-statement';

describe('parseCsv', () => {
  it('reads quoted cells, doubled quotes, tabs and CRLF lines, and skips blank lines', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n\r\nd\te\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['d', 'e'],
    ]);
  });
});

describe('statementRows', () => {
  it('takes the columns a Chinese bank header names, in its order', () => {
    const rows = statementRows(
      '流水号,交易日期,对方户名,贷方金额,摘要\nB-1,2026/12/01,上海某某机械有限公司,"¥12,500.50",货款\n',
    );
    expect(rows).toEqual([
      {
        valueDate: '2026-12-01',
        amount: 12500.5,
        payerName: '上海某某机械有限公司',
        payerAccount: null,
        payerTaxNumber: null,
        bankReference: 'B-1',
        memo: '货款',
      },
    ]);
  });

  it('reads a CSV without a header in the documented column order', () => {
    const [row] = statementRows(
      '2026-12-02,300,ACME,6222000011112222,91310000MA1FL0001X,REF-9,invoice FP-1',
    );
    expect(row).toMatchObject({
      valueDate: '2026-12-02',
      amount: 300,
      payerName: 'ACME',
      payerAccount: '6222000011112222',
      payerTaxNumber: '91310000MA1FL0001X',
      bankReference: 'REF-9',
      memo: 'invoice FP-1',
    });
  });
});

describe('statementRows with unreadable values', () => {
  it('leaves a date or amount it cannot read empty, for the API to report on that line', () => {
    const [row] = statementRows('yesterday,lots,ACME,,,REF-1,');
    expect(row).toMatchObject({ valueDate: null, amount: null, bankReference: 'REF-1' });
  });
});
