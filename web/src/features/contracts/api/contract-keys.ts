import { sharedQueryKeys } from '@/lib/query-keys';

/**
 * Every query key of the contracts feature. Components never build one: they call the hooks and list sources of
 * this folder, and a write refreshes what it changed through {@link useRefreshContracts}.
 */
export const contractKeys = {
  /** The contract list, any caller and filter. */
  lists: ['contracts'] as const,
  list: (username: string, filters: object) => ['contracts', username, filters] as const,
  /** The approval queue, any caller and filter. */
  queues: ['approvals'] as const,
  queue: (username: string, filters: object) => ['approvals', username, filters] as const,
  /** One contract, read for its page and for the editor alike. */
  contract: sharedQueryKeys.contract,
  detail: (id: string, flags: object) => ['contract', id, flags] as const,
  edit: (id: string) => ['contract', id, 'edit'] as const,
  editorOptions: (username: string) => ['contract-editor-options', username] as const,
  approvalPolicy: (username: string) => ['approval-policy', username] as const,
};
