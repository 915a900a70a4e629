import { errorCodes, GraphQLRequestError, type GraphQLErrorEntry } from '@/lib/graphql-client';
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
