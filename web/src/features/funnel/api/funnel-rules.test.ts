import {
  nextStages,
  pipelineByRep,
  stageWhere,
  wonLinesInput,
} from '@/features/funnel/api/funnel-rules';

describe('funnel rules', () => {
  it('offers the moves the API allows: open stages either way and to LOST, WON only from QUOTE, none from a final stage', () => {
    expect(nextStages('LEAD')).toEqual(['INTENTION', 'QUOTE', 'LOST']);
    expect(nextStages('INTENTION')).toEqual(['LEAD', 'QUOTE', 'LOST']);
    expect(nextStages('QUOTE')).toEqual(['LEAD', 'INTENTION', 'WON', 'LOST']);
    expect(nextStages('WON')).toEqual([]);
    expect(nextStages('LOST')).toEqual([]);
  });

  it('filters the list by the open stages, one stage or none, and by a title search', () => {
    expect(stageWhere('OPEN')).toEqual({ stage: { in: ['LEAD', 'INTENTION', 'QUOTE'] } });
    expect(stageWhere('WON')).toEqual({ stage: { eq: 'WON' } });
    expect(stageWhere('ALL')).toBeUndefined();
    expect(stageWhere('ALL', ' 二期 ')).toEqual({ title: { contains: '二期' } });
    expect(stageWhere('LOST', 'x')).toEqual({
      and: [{ stage: { eq: 'LOST' } }, { title: { contains: 'x' } }],
    });
  });

  it('sends complete contract lines only, at the list price unless one was typed', () => {
    const prices = new Map([
      ['p1', 1200],
      ['p2', 99.5],
    ]);
    expect(
      wonLinesInput(
        [
          { productId: 'p1', quantity: 3 },
          { productId: 'p2', quantity: 2, unitPrice: '90' },
          { productId: 'p2', quantity: 0 },
          { quantity: 5, unitPrice: 10 },
          { productId: 'unknown', quantity: 1 },
          { productId: 'p1', quantity: 1.5 },
        ],
        prices,
      ),
    ).toEqual([
      { productId: 'p1', quantity: 3, unitPrice: 1200 },
      { productId: 'p2', quantity: 2, unitPrice: 90 },
    ]);
  });

  it("puts a rep's pipeline cells side by side by month and sums the amounts in fen", () => {
    const wang = { id: 's1', name: '王伟' };
    const li = { id: 's2', name: '李娜' };
    const { months, rows } = pipelineByRep([
      {
        owner: wang,
        stage: 'LEAD',
        month: '2026-05-01',
        count: 2,
        expectedAmount: '0.1',
        weightedAmount: '0.01',
        slipped: 0,
      },
      {
        owner: li,
        stage: 'QUOTE',
        month: '2026-04-01',
        count: 1,
        expectedAmount: '500',
        weightedAmount: '300',
        slipped: 1,
      },
      {
        owner: wang,
        stage: 'QUOTE',
        month: '2026-05-01',
        count: 1,
        expectedAmount: '0.2',
        weightedAmount: '0.12',
        slipped: 0,
      },
      {
        owner: wang,
        stage: 'LEAD',
        month: '2026-04-01',
        count: 3,
        expectedAmount: '1000',
        weightedAmount: '100',
        slipped: 2,
      },
    ]);
    expect(months).toEqual(['2026-04', '2026-05']);
    expect(rows.map((r) => r.owner)).toEqual(['王伟', '李娜']);
    const first = rows[0]!;
    expect(first.months['2026-05']).toEqual({ count: 3, expected: 0.3, weighted: 0.13 });
    expect(first.byStage).toEqual({ LEAD: 5, QUOTE: 1 });
    expect([first.count, first.expected, first.weighted, first.slipped]).toEqual([
      6, 1000.3, 100.13, 2,
    ]);
    expect(rows[1]!.months['2026-05']).toBeUndefined();
  });
});
