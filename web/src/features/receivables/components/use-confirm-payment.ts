import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import {
  ConfirmPaymentMutation,
  useRefreshAfterPayment,
} from '@/features/receivables/api/payment-mutations';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * Finance confirms a payment; then it counts against its invoice. The problem (if the API refused) is for
 * an alert: the only input is the payment itself, so no error belongs to a form field.
 */
export function useConfirmPayment(onConfirmed: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshAfterPayment();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const mutation = useMutation({
    mutationFn: async (paymentId: string) =>
      (await graphqlClient.request(ConfirmPaymentMutation, { input: { paymentId } }))
        .confirmPayment,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: () => undefined },
        readUserErrors(result.errors).map((error) => ({ ...error, path: [] })),
      );
      setProblem(found);
      if (found || !result.payment) return;
      void refresh();
      void message.success(t('receivables.payment.confirmed', { number: result.payment.number }));
      onConfirmed();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return { confirm: mutation.mutate, isPending: mutation.isPending, problem, setProblem };
}
