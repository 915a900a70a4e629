import { GraphQLRequestError } from '@/lib/graphql-client';
import {
  applyErrorsToForm,
  applyUserErrors,
  formErrorMessageKey,
  maskUserErrors,
  readUserErrors,
  toFormFieldErrors,
} from '@/lib/graphql-errors';

const validation = (message: string, field?: string | (string | number)[]) => ({
  message,
  extensions: { code: 'VALIDATION', ...(field === undefined ? {} : { field }) },
});

describe('graphql errors for forms', () => {
  it('puts VALIDATION messages on the input fields they name', () => {
    const error = new GraphQLRequestError(
      [
        validation('Quantity must be positive', 'input.lines.0.quantity'),
        validation('Too long', ['input', 'customerName']),
        validation('Must not be empty', 'input.customerName'),
      ],
      200,
    );
    expect(toFormFieldErrors(error)).toEqual([
      { name: ['lines', 0, 'quantity'], errors: ['Quantity must be positive'] },
      { name: ['customerName'], errors: ['Too long', 'Must not be empty'] },
    ]);
  });

  it('sets field errors on the form and needs no banner when all were placed', () => {
    const form = { setFields: vi.fn() };
    const error = new GraphQLRequestError([validation('Required', 'input.signedDate')], 200);
    expect(applyErrorsToForm(form, error)).toBeNull();
    expect(form.setFields).toHaveBeenCalledWith([{ name: ['signedDate'], errors: ['Required'] }]);
  });

  it('shows a conflict as a form-level message asking to reload', () => {
    const form = { setFields: vi.fn() };
    const error = new GraphQLRequestError(
      [{ message: 'Version mismatch', extensions: { code: 'CONFLICT' } }],
      200,
    );
    expect(applyErrorsToForm(form, error)).toBe('errors.conflict');
    expect(form.setFields).not.toHaveBeenCalled();
  });

  it('shows a validation error without a field as a form-level message', () => {
    const error = new GraphQLRequestError([validation('Dates overlap')], 200);
    expect(formErrorMessageKey(error)).toBe('errors.validation');
    expect(applyErrorsToForm({ setFields: vi.fn() }, error)).toBe('errors.validation');
  });

  it('reports a failed fetch as a network error', () => {
    expect(formErrorMessageKey(new TypeError('Failed to fetch'))).toBe('errors.network');
  });
});

describe('applyUserErrors', () => {
  it('puts VALIDATION errors with an input path beside their fields', () => {
    const setFields = vi.fn();
    const problem = applyUserErrors(
      { setFields },
      readUserErrors(
        maskUserErrors([
          {
            code: 'VALIDATION',
            message: 'Quantity must be positive',
            path: ['input', 'lines', 0, 'quantity'],
          },
        ]),
      ),
    );
    expect(problem).toBeNull();
    expect(setFields).toHaveBeenCalledWith([
      { name: ['lines', 0, 'quantity'], errors: ['Quantity must be positive'] },
    ]);
  });

  it('reports a CONFLICT above the form, so it can offer a reload', () => {
    const problem = applyUserErrors(
      { setFields: vi.fn() },
      readUserErrors(
        maskUserErrors([
          { code: 'CONFLICT', message: 'Changed meanwhile', path: ['input', 'version'] },
        ]),
      ),
    );
    expect(problem).toEqual({
      messageKey: 'errors.conflict',
      details: ['Changed meanwhile'],
      conflict: true,
    });
  });

  it('reports a step the status does not allow', () => {
    const problem = applyUserErrors(
      { setFields: vi.fn() },
      readUserErrors(
        maskUserErrors([{ code: 'INVALID_TRANSITION', message: 'Not pending', path: [] }]),
      ),
    );
    expect(problem?.messageKey).toBe('errors.invalidTransition');
  });
});
