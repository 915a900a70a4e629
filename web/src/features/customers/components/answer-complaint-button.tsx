import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import {
  AnswerComplaintMutation,
  useRefreshActivities,
} from '@/features/customers/api/customer-mutations';
import { graphqlClient } from '@/lib/api-client';
import { formErrorMessageKey, readUserErrors } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** Records that a complaint was answered now (the API times the answer; the target is 2 hours). */
export function AnswerComplaintButton({
  activityId,
  customerId,
}: {
  activityId: string;
  customerId: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshActivities();
  const answer = useMutation({
    mutationFn: async () =>
      (await graphqlClient.request(AnswerComplaintMutation, { input: { activityId } }))
        .answerComplaint,
    onSuccess: (result) => {
      const errors = readUserErrors(result.errors);
      if (errors.length) {
        void message.error(errors.map((e) => e.message).join(' '));
        return;
      }
      void message.success(t('activities.answered'));
      void refresh(customerId);
    },
    onError: (error) => void message.error(t(formErrorMessageKey(error))),
  });
  return (
    <Button size="small" loading={answer.isPending} onClick={() => answer.mutate()}>
      {t('activities.answer')}
    </Button>
  );
}
