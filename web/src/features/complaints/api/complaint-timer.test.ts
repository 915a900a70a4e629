import { describe, expect, it } from 'vitest';
import { durationParts, timerState } from '@/features/complaints/api/complaint-timer';

const received = '2026-04-01T01:00:00Z';
const due = '2026-04-01T03:00:00Z';
const at = (iso: string) => new Date(iso);

describe('timerState', () => {
  it('counts whole minutes down, floored, and warns under 30 minutes', () => {
    expect(timerState({ receivedAt: received, answerDueAt: due }, at(received))).toEqual({
      kind: 'left',
      minutes: 120,
      urgent: false,
    });
    expect(
      timerState({ receivedAt: received, answerDueAt: due }, at('2026-04-01T02:30:30Z')),
    ).toEqual({ kind: 'left', minutes: 29, urgent: true });
  });

  it('is not overdue at the due instant, and one minute overdue a second after it', () => {
    expect(timerState({ receivedAt: received, answerDueAt: due }, at(due))).toEqual({
      kind: 'left',
      minutes: 0,
      urgent: true,
    });
    expect(
      timerState({ receivedAt: received, answerDueAt: due }, at('2026-04-01T03:00:01Z')),
    ).toEqual({ kind: 'overdue', minutes: 1 });
    expect(
      timerState({ receivedAt: received, answerDueAt: due }, at('2026-04-01T03:50:00Z')),
    ).toEqual({ kind: 'overdue', minutes: 50 });
  });

  it('once answered shows how long the answer took, in time up to the due instant', () => {
    const later = at('2026-04-05T00:00:00Z');
    expect(
      timerState(
        { receivedAt: received, answerDueAt: due, answeredAt: '2026-04-01T01:30:00Z' },
        later,
      ),
    ).toEqual({ kind: 'answeredInTime', minutes: 30 });
    expect(timerState({ receivedAt: received, answerDueAt: due, answeredAt: due }, later)).toEqual({
      kind: 'answeredInTime',
      minutes: 120,
    });
    expect(
      timerState(
        { receivedAt: received, answerDueAt: due, answeredAt: '2026-04-01T03:50:00Z' },
        later,
      ),
    ).toEqual({ kind: 'answeredLate', minutes: 170 });
  });
});

describe('durationParts', () => {
  it('says minutes under an hour, hours and two-digit minutes under a day, days and hours beyond', () => {
    expect(durationParts(45)).toEqual({ key: 'complaints.timer.minutes', values: { m: '45' } });
    expect(durationParts(65)).toEqual({
      key: 'complaints.timer.hoursMinutes',
      values: { h: '1', m: '05' },
    });
    expect(durationParts(24 * 60 + 3 * 60 + 59)).toEqual({
      key: 'complaints.timer.days',
      values: { d: '1', h: '3' },
    });
    expect(durationParts(-3)).toEqual({ key: 'complaints.timer.minutes', values: { m: '0' } });
  });
});
