import { complaintSteps } from '@/features/complaints/api/complaint-steps';

const everything = () => true;

describe('complaintSteps', () => {
  it('offers answering and forwarding an open complaint, not resolving it unanswered', () => {
    expect(complaintSteps('OPEN', everything)).toEqual(['answer', 'forward']);
  });

  it('has a forwarded complaint answered before it can be resolved', () => {
    expect(complaintSteps('FORWARDED', everything)).toEqual(['answer', 'forward']);
    expect(complaintSteps('ANSWERED', everything)).toEqual(['resolve', 'forward']);
  });

  it('offers nothing on a resolved complaint', () => {
    expect(complaintSteps('RESOLVED', everything)).toEqual([]);
  });

  it('leaves out the steps the caller may not take', () => {
    const answerOnly = (action: string) => action === 'answerComplaint';
    expect(complaintSteps('OPEN', answerOnly)).toEqual(['answer']);
    expect(complaintSteps('ANSWERED', answerOnly)).toEqual([]);
  });
});
