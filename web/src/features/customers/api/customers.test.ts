import { customerWhere } from '@/features/customers/api/customers';

describe('customerWhere', () => {
  it('sends nothing when nothing narrows the list', () => {
    expect(customerWhere({})).toBeUndefined();
    expect(customerWhere({ text: '   ', grades: [], statuses: [] })).toBeUndefined();
  });

  it('matches the text in the name, or as the start of the code in capitals', () => {
    expect(customerWhere({ text: ' kh-0 ' })).toEqual({
      and: [{ or: [{ name: { contains: 'kh-0' } }, { code: { startsWith: 'KH-0' } }] }],
    });
  });

  it('combines text, grades and statuses, all of which must hold', () => {
    expect(customerWhere({ text: '汇源', grades: ['A', 'B'], statuses: ['PROSPECT'] })).toEqual({
      and: [
        { or: [{ name: { contains: '汇源' } }, { code: { startsWith: '汇源' } }] },
        { grade: { in: ['A', 'B'] } },
        { status: { in: ['PROSPECT'] } },
      ],
    });
  });
});
