import {
  createOrderInput,
  draftOrderTotal,
  orderBasis,
  orderableProducts,
  withoutContract,
} from '@/features/orders/api/new-order';

const widget = { id: 'p1', sku: 'W-1', name: 'Widget' };
const gadget = { id: 'p2', sku: 'G-1', name: 'Gadget' };
const contract = {
  id: 'c1',
  number: 'HT-2026-1',
  lines: [
    { quantity: 10, agreedUnitPrice: '90.00', product: widget },
    { quantity: 5, agreedUnitPrice: 95, product: widget },
    { quantity: 3, agreedUnitPrice: '1200.50', product: gadget },
  ],
};

describe('orderBasis', () => {
  it('picks the active contract when there is one, and offers list price to a distributor besides', () => {
    expect(orderBasis('DISTRIBUTOR', [{ id: 'c1' }])).toEqual({
      options: ['c1', withoutContract],
      initial: 'c1',
    });
  });

  it('offers a distributor or agent without contract the price list', () => {
    expect(orderBasis('AGENT', [])).toEqual({
      options: [withoutContract],
      initial: withoutContract,
    });
  });

  it('leaves a direct customer without active contract nothing to order against', () => {
    expect(orderBasis('ENTERPRISE', [])).toEqual({ options: [], initial: null });
  });
});

describe('orderableProducts', () => {
  it("lists a contract's products once, at the first line's agreed price, with the contracted sum", () => {
    expect(orderableProducts(contract, [])).toEqual([
      { ...widget, unitPrice: 90, contracted: 15 },
      { ...gadget, unitPrice: 1200.5, contracted: 3 },
    ]);
  });

  it('lists the catalogue at list price without a contract', () => {
    expect(orderableProducts(null, [{ ...widget, listPrice: '100.00' }])).toEqual([
      { ...widget, unitPrice: 100 },
    ]);
  });
});

describe('draftOrderTotal', () => {
  it('sums quantity × price in cents and skips unfinished lines', () => {
    const products = orderableProducts(contract, []);
    expect(
      draftOrderTotal(
        [
          { productId: 'p1', quantity: 3 },
          { productId: 'p2', quantity: 1 },
          { productId: 'p2' },
          undefined,
        ],
        products,
      ),
    ).toBe(1470.5);
  });
});

describe('createOrderInput', () => {
  const lines = [{ productId: 'p1', quantity: 2, requestedOn: '2026-12-10' }];

  it('sends no contract for a list-price order, and never a price', () => {
    expect(createOrderInput({ customerId: 'k1', basis: withoutContract, lines }, 'key-1')).toEqual({
      customerId: 'k1',
      contractId: null,
      idempotencyKey: 'key-1',
      lines: [{ productId: 'p1', quantity: 2, requestedOn: '2026-12-10' }],
    });
  });

  it('names the chosen contract', () => {
    expect(createOrderInput({ customerId: 'k1', basis: 'c1', lines }, 'k').contractId).toBe('c1');
  });
});
