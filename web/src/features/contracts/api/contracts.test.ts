import { contractWhere } from '@/features/contracts/api/contracts';

describe('contractWhere', () => {
  it('sends nothing when nothing narrows the list', () => {
    expect(contractWhere({})).toBeUndefined();
    expect(contractWhere({ number: ' ', statuses: [] })).toBeUndefined();
  });

  it('searches the number in capitals, as contract numbers are written (HT-2026-…)', () => {
    expect(contractWhere({ number: ' ht-2026-00 ' })).toEqual({
      and: [{ number: { contains: 'HT-2026-00' } }],
    });
  });

  it('keeps the approval queue to its statuses while a number is searched', () => {
    expect(contractWhere({ number: '6633', statuses: ['PENDING_APPROVAL'] })).toEqual({
      and: [{ number: { contains: '6633' } }, { status: { in: ['PENDING_APPROVAL'] } }],
    });
  });
});
