import { csvCell, toCsv } from '@/utils/csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['编号', '金额'], [['C001', 1200.5]])).toBe('编号,金额\r\nC001,1200.5\r\n');
  });

  it('quotes cells holding commas, quotes or line breaks', () => {
    expect(csvCell('上海, 闵行')).toBe('"上海, 闵行"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('leaves empty and missing values empty', () => {
    expect(toCsv(['a', 'b'], [[null, undefined]])).toBe('a,b\r\n,\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-12.5)).toBe('-12.5');
  });
});
