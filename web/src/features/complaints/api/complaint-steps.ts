import type { ComplaintStatus } from '@/gql/graphql';

export type ComplaintStep = 'answer' | 'forward' | 'resolve';

/** The steps a complaint's status allows, as the API's workflow table has them (it refuses the others anyway). */
const stepsByStatus: Record<ComplaintStatus, ComplaintStep[]> = {
  OPEN: ['answer', 'forward'],
  FORWARDED: ['answer', 'forward'],
  ANSWERED: ['resolve', 'forward'],
  RESOLVED: [],
};

/** The mutation behind each step, as `me.actions` names it. */
const actionOf: Record<ComplaintStep, string> = {
  answer: 'answerComplaint',
  forward: 'forwardComplaint',
  resolve: 'resolveComplaint',
};

/**
 * The steps to offer on a complaint: those its status allows (a forwarded one is answered before it is resolved)
 * that the caller may take (`me.actions`).
 */
export function complaintSteps(status: ComplaintStatus, may: (action: string) => boolean) {
  return stepsByStatus[status].filter((step) => may(actionOf[step]));
}
