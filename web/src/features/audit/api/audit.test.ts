import { describe, expect, it } from 'vitest';
import { auditArguments, changesAsText, parseChanges } from '@/features/audit/api/audit';

describe('audit changes', () => {
  it('lists each changed field with its old and new value', () => {
    const changes = parseChanges(
      '{"Status":{"old":"DRAFT","new":"PENDING_APPROVAL"},"Version":{"old":1,"new":2},"Comment":{"old":null,"new":"ok"}}',
    );
    expect(changes).toEqual([
      { field: 'Status', old: 'DRAFT', new: 'PENDING_APPROVAL' },
      { field: 'Version', old: '1', new: '2' },
      { field: 'Comment', old: '∅', new: 'ok' },
    ]);
    expect(changesAsText(changes)).toBe(
      'Status: DRAFT → PENDING_APPROVAL; Version: 1 → 2; Comment: ∅ → ok',
    );
  });

  it('shows text that is not a change object as it is, rather than hiding it', () => {
    expect(parseChanges('not json')).toEqual([{ field: '*', old: '', new: 'not json' }]);
    expect(parseChanges(null)).toEqual([]);
  });
});

describe('audit filters', () => {
  it('turns an inclusive date range into instants from the first day to the day after the last', () => {
    const args = auditArguments({
      actorName: ' director ',
      fromDate: '2026-03-01',
      toDate: '2026-03-01',
    });
    expect(args.actorName).toBe('director');
    expect(new Date(args.to!).getTime() - new Date(args.from!).getTime()).toBe(24 * 3600 * 1000);
    expect(new Date(args.from!).getDate()).toBe(1);
    expect(auditArguments({ actorName: '  ' })).toEqual({
      actorName: undefined,
      entityType: undefined,
      from: undefined,
      to: undefined,
    });
  });
});
