/** What the timer of a complaint shows, from the API's answerDueAt and answeredAt and the clock. */
export type TimerState =
  | { kind: 'left'; minutes: number; urgent: boolean }
  | { kind: 'overdue'; minutes: number }
  | { kind: 'answeredInTime'; minutes: number }
  | { kind: 'answeredLate'; minutes: number };

export interface TimedComplaint {
  receivedAt: string;
  answerDueAt: string;
  answeredAt?: string | null;
}

/** Under this many minutes left, the countdown warns. */
export const urgentMinutes = 30;

const minute = 60_000;

/**
 * The timer at `now`: minutes left (floored, as the API's answerMinutesLeft, so it never shows time that is not
 * left), minutes overdue once past answerDueAt (the API's isAnswerOverdue: strictly after it), or, once answered,
 * how long the answer took and whether it was in time.
 */
export function timerState(complaint: TimedComplaint, now: Date): TimerState {
  const due = Date.parse(complaint.answerDueAt);
  if (complaint.answeredAt) {
    const answered = Date.parse(complaint.answeredAt);
    const minutes = Math.floor((answered - Date.parse(complaint.receivedAt)) / minute);
    return answered <= due
      ? { kind: 'answeredInTime', minutes }
      : { kind: 'answeredLate', minutes };
  }
  const left = Math.floor((due - now.getTime()) / minute);
  return now.getTime() > due
    ? { kind: 'overdue', minutes: Math.max(1, -left) }
    : { kind: 'left', minutes: left, urgent: left < urgentMinutes };
}

/** A duration as the message key and values that say it: "45 min", "1 h 05 min", "2 d 3 h". */
export function durationParts(minutes: number): {
  key: 'complaints.timer.minutes' | 'complaints.timer.hoursMinutes' | 'complaints.timer.days';
  values: Record<string, string>;
} {
  const whole = Math.max(0, Math.floor(minutes));
  if (whole < 60) return { key: 'complaints.timer.minutes', values: { m: String(whole) } };
  if (whole < 24 * 60) {
    return {
      key: 'complaints.timer.hoursMinutes',
      values: { h: String(Math.floor(whole / 60)), m: String(whole % 60).padStart(2, '0') },
    };
  }
  return {
    key: 'complaints.timer.days',
    values: {
      d: String(Math.floor(whole / (24 * 60))),
      h: String(Math.floor((whole % (24 * 60)) / 60)),
    },
  };
}
