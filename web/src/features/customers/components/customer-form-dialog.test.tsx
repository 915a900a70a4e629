import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CustomerFormValues } from '@/features/customers/api/customer-writes';
import { CustomerFormDialog } from '@/features/customers/components/customer-form-dialog';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const values: CustomerFormValues = {
  name: '上海天宇饮料',
  kind: 'ENTERPRISE',
  industry: 'Beverages',
  source: 'REFERRAL',
  contactPerson: 'Wang',
  mobile: '13800000000',
  address: 'Shanghai',
  designatedCarrier: null,
  grade: 'B',
  ownerId: 'S-1',
  creditLimit: null,
  paymentTermDays: null,
};

const customer = { id: 'CU-1', version: 3, regionCode: 'EAST', ownerName: 'Li Lei', values };
const contactsAllowed = ['contactPerson', 'mobile', 'address'].map((field) => ({
  type: 'Customer',
  field,
  access: 'ALLOW' as const,
}));

describe('CustomerFormDialog', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows grade and owner read-only for a caller without their actions, and sends only the file', async () => {
    const api = fakeApi(
      { role: 'SALES_REP', actions: ['updateCustomer'], fields: contactsAllowed },
      {
        UpdateCustomer: () => ({
          updateCustomer: { customer: { id: 'CU-1', version: 4 }, errors: [] },
        }),
      },
    );
    const user = userEvent.setup({ delay: null });
    render(<CustomerFormDialog customer={customer} onClose={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    expect(await screen.findByTestId('readonly-grade')).toHaveTextContent('B potential');
    expect(screen.getByTestId('readonly-ownerId')).toHaveTextContent('Li Lei');
    const industry = screen.getByLabelText('Industry');
    await user.clear(industry);
    await user.type(industry, 'Dairy');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(sentVariables(api, 'UpdateCustomer')).toEqual([
        { input: { customerId: 'CU-1', version: 3, industry: 'Dairy' } },
      ]),
    );
    expect(sentVariables(api, 'ChangeCustomerGrade')).toEqual([]);
  });

  it('puts the API’s error beside the field it names', async () => {
    fakeApi(
      { role: 'SALES_REP', actions: ['updateCustomer'], fields: contactsAllowed },
      {
        UpdateCustomer: () => ({
          updateCustomer: {
            customer: null,
            errors: [
              { code: 'VALIDATION', message: 'Not a mobile number.', path: ['input', 'mobile'] },
            ],
          },
        }),
      },
    );
    const user = userEvent.setup({ delay: null });
    render(<CustomerFormDialog customer={customer} onClose={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    const mobile = await screen.findByLabelText('Mobile');
    await user.clear(mobile);
    await user.type(mobile, 'abc');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Not a mobile number.')).toBeInTheDocument();
  });
});
