import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, makeFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { errorCodes, GraphQLRequestError, type GraphQLErrorEntry } from '@/lib/graphql-client';
import { UserErrorFieldsFragment } from '@/lib/graphql-fragments';
import type { MessageKey } from '@/lib/i18n/messages';

/** An error for one form field, in the shape antd's `form.setFields` takes. */
export interface FormFieldError {
  name: (string | number)[];
  errors: string[];
}

// Mutations take one argument named `input`; form fields are named after its members.
function fieldPath(entry: GraphQLErrorEntry): (string | number)[] | null {
  const field = entry.extensions?.field;
  if (field === undefined) return null;
  const parts = (typeof field === 'string' ? field.split('.') : [...field]).map((part) =>
    typeof part === 'string' && /^\d+$/.test(part) ? Number(part) : part,
  );
  if (parts[0] === 'input') parts.shift();
  return parts.length ? parts : null;
}

/** VALIDATION errors that name an input field, grouped per field, ready for `form.setFields`. */
export function toFormFieldErrors(error: unknown): FormFieldError[] {
  if (!(error instanceof GraphQLRequestError)) return [];
  const byField = new Map<string, FormFieldError>();
  for (const entry of error.errors) {
    if (entry.extensions?.code !== errorCodes.validation) continue;
    const name = fieldPath(entry);
    if (!name) continue;
    const key = JSON.stringify(name);
    const existing = byField.get(key);
    if (existing) existing.errors.push(entry.message);
    else byField.set(key, { name, errors: [entry.message] });
  }
  return [...byField.values()];
}

/**
 * The message a form shows above its fields for an error that no single field owns
 * (a version conflict, a refusal, a network failure).
 */
export function formErrorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof GraphQLRequestError)) return 'errors.network';
  if (error.hasCode(errorCodes.conflict)) return 'errors.conflict';
  if (error.hasCode(errorCodes.notAuthorized)) return 'errors.forbidden';
  if (error.hasCode(errorCodes.validation)) return 'errors.validation';
  return 'errors.unknown';
}

/** The minimal part of antd's FormInstance this module needs, so it stays testable without antd. */
export interface FieldErrorTarget {
  setFields(fields: FormFieldError[]): void;
}

/**
 * Puts a failed mutation's errors where a user looks: VALIDATION messages next to their fields,
 * everything else as one message key for the form's alert. Returns null when every error was placed.
 */
export function applyErrorsToForm(form: FieldErrorTarget, error: unknown): MessageKey | null {
  const fieldErrors = toFormFieldErrors(error);
  if (fieldErrors.length) form.setFields(fieldErrors);
  const unplaced =
    !(error instanceof GraphQLRequestError) ||
    error.errors.some((e) => e.extensions?.code !== errorCodes.validation || !fieldPath(e));
  return unplaced ? formErrorMessageKey(error) : null;
}

/** An input problem a mutation returns in its payload's `errors` (then it wrote nothing); `path` runs from the argument down. */
export type UserError = ResultOf<typeof UserErrorFieldsFragment>;

/** A payload's `errors` as the document returns them: masked behind the shared fragment. */
export type MaskedUserErrors = readonly FragmentType<typeof UserErrorFieldsFragment>[];

/** Reads a payload's `errors` through the shared fragment. */
export const readUserErrors = (errors: MaskedUserErrors): readonly UserError[] =>
  getFragmentData(UserErrorFieldsFragment, errors);

/** Errors built here rather than read, in the masked shape a payload carries (tests, stand-in payloads). */
export const maskUserErrors = (errors: readonly UserError[]): MaskedUserErrors =>
  errors.map((error) => makeFragmentData(error, UserErrorFieldsFragment));

/** What a form shows for a payload's `errors` that no single field owns. */
export interface FormProblem {
  messageKey: MessageKey;
  /** The API's own words, shown under the translated headline. */
  details: string[];
  /** CONFLICT: the record changed meanwhile; the form offers to reload it. */
  conflict: boolean;
}

/**
 * Puts a mutation payload's `errors` where a user looks: messages with an input path beside their form
 * fields, the rest (CONFLICT, INVALID_TRANSITION, NOT_FOUND, or no path) as one problem above the form.
 */
export function applyUserErrors(
  form: FieldErrorTarget,
  errors: readonly UserError[],
): FormProblem | null {
  const byField = new Map<string, FormFieldError>();
  const unplaced: UserError[] = [];
  for (const error of errors) {
    const name = error.path.filter(
      (part): part is string | number => typeof part === 'string' || typeof part === 'number',
    );
    if (name[0] === 'input') name.shift();
    if (error.code !== errorCodes.validation || !name.length) {
      unplaced.push(error);
      continue;
    }
    const key = JSON.stringify(name);
    const existing = byField.get(key);
    if (existing) existing.errors.push(error.message);
    else byField.set(key, { name, errors: [error.message] });
  }
  if (byField.size) form.setFields([...byField.values()]);
  if (!unplaced.length) return null;
  const conflict = unplaced.some((e) => e.code === errorCodes.conflict);
  return {
    messageKey: conflict
      ? 'errors.conflict'
      : unplaced.some((e) => e.code === 'INVALID_TRANSITION')
        ? 'errors.invalidTransition'
        : unplaced.some((e) => e.code === 'NOT_FOUND')
          ? 'errors.notFound'
          : 'errors.validation',
    details: unplaced.map((e) => e.message),
    conflict,
  };
}
