import { useMutation } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useRefreshAfterReturn } from '@/features/returns/api/returns';
import { graphqlClient } from '@/lib/api-client';
import type { TypedDocument } from '@/lib/graphql-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FieldErrorTarget,
  type FormProblem,
  type MaskedUserErrors,
} from '@/lib/graphql-errors';

interface StepPayload {
  returnRequest?: { number: string } | null;
  errors: MaskedUserErrors;
}

/**
 * One step of a return (approve, reject, receive): sends it, puts the API's errors beside the form's fields (or in
 * the problem above it), and on success reads again what the step changed.
 */
export function useReturnStep<TResult, TInput>(
  document: TypedDocument<TResult, { input: TInput }>,
  payloadOf: (result: TResult) => StepPayload,
  success: (number: string) => string,
  onDone: () => void,
  form?: FieldErrorTarget,
) {
  const { message } = App.useApp();
  const refresh = useRefreshAfterReturn();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const mutation = useMutation({
    mutationFn: async (input: TInput) =>
      payloadOf(await graphqlClient.request(document, { input })),
    onSuccess: (payload) => {
      const found = applyUserErrors(
        form ?? { setFields: () => undefined },
        readUserErrors(payload.errors),
      );
      setProblem(found);
      if (found || !payload.returnRequest) return;
      void refresh();
      void message.success(success(payload.returnRequest.number));
      onDone();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return { run: mutation.mutate, isPending: mutation.isPending, problem, setProblem };
}
