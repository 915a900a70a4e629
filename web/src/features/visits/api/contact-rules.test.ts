import {
  byRateAscending,
  complianceRate,
  complianceTotal,
  presetActivityKind,
  seesTeam,
} from '@/features/visits/api/contact-rules';
import { formatPercent } from '@/utils/format';

describe('contact rules', () => {
  it('starts the log dialog on a visit for an A-class customer and on a call otherwise', () => {
    expect(presetActivityKind('A')).toBe('VISIT');
    expect(presetActivityKind('B')).toBe('CALL');
  });

  it('shows compliance by rep only to callers whose rows reach beyond their own', () => {
    expect(seesTeam('REGION')).toBe(true);
    expect(seesTeam('ALL')).toBe(true);
    expect(seesTeam('OWN')).toBe(false);
    expect(seesTeam('NONE')).toBe(false);
  });

  it('has no rate without customers, and adds the team up before dividing', () => {
    expect(complianceRate({ customers: 0, onTime: 0 })).toBeNull();
    const total = complianceTotal([
      { customers: 4, onTime: 4 },
      { customers: 3, onTime: 2 },
      { customers: 0, onTime: 0 },
    ]);
    expect(total).toEqual({ customers: 7, onTime: 6, rate: 6 / 7 });
    // The average of the reps' rates (100%, 66.7%) would read 83.3%; the team's share is 85.7%.
    expect(formatPercent(total.rate!, 'en')).toBe('85.7%');
    expect(formatPercent(total.rate!, 'zh-CN')).toBe('85.7%');
    expect(complianceTotal([])).toEqual({ customers: 0, onTime: 0, rate: null });
  });

  it('lists the reps furthest behind first, reps without customers last, ties by name', () => {
    const rows = [
      { staff: { name: 'Zhou' }, rate: 0.5 },
      { staff: { name: 'Chen' }, rate: null },
      { staff: { name: 'Wang' }, rate: '0.25' },
      { staff: { name: 'Li' }, rate: 0.5 },
    ];
    expect(byRateAscending(rows, 'en').map((r) => r.staff.name)).toEqual([
      'Wang',
      'Li',
      'Zhou',
      'Chen',
    ]);
  });
});
