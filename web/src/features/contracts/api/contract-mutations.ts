import type { TypedDocument } from '@/lib/graphql-client';
import type { UserError } from '@/lib/graphql-errors';

// The contract workflow mutations of issue 5. They are written by hand because the schema on main does not
// have them yet (they are on the `writes` branch): once it does, move these into `graphql(...)` calls so the
// types come from codegen, and delete the hand-written types below.

export interface ContractLineInput {
  productId: string;
  quantity: number;
  unitPrice: string;
}

export interface ContractTermsInput {
  startOn?: string | null;
  endOn?: string | null;
  paymentTermDays?: number | null;
  lines: ContractLineInput[];
}

export interface WrittenContract {
  id: string;
  number: string;
  status: string;
  version: number;
}

export interface ContractPayload {
  contract: WrittenContract | null;
  errors: UserError[];
}

const payload = `contract { id number status version } errors { code message path }`;

const doc = <TResult, TVariables>(text: string) =>
  text as unknown as TypedDocument<TResult, TVariables>;

export const CreateContractMutation = doc<
  { createContract: ContractPayload },
  { input: ContractTermsInput & { customerId: string; idempotencyKey?: string } }
>(
  `mutation CreateContract($input: CreateContractInput!) { createContract(input: $input) { ${payload} } }`,
);

export const UpdateContractMutation = doc<
  { updateContract: ContractPayload },
  { input: ContractTermsInput & { contractId: string; version: number } }
>(
  `mutation UpdateContract($input: UpdateContractInput!) { updateContract(input: $input) { ${payload} } }`,
);

export const SubmitContractMutation = doc<
  { submitContract: ContractPayload },
  { input: { contractId: string; version?: number } }
>(
  `mutation SubmitContract($input: SubmitContractInput!) { submitContract(input: $input) { ${payload} } }`,
);

export const ApproveContractMutation = doc<
  { approveContract: ContractPayload },
  { input: { contractId: string; version?: number; comment?: string } }
>(
  `mutation ApproveContract($input: ApproveContractInput!) { approveContract(input: $input) { ${payload} } }`,
);

export const RejectContractMutation = doc<
  { rejectContract: ContractPayload },
  { input: { contractId: string; version?: number; comment: string } }
>(
  `mutation RejectContract($input: RejectContractInput!) { rejectContract(input: $input) { ${payload} } }`,
);
