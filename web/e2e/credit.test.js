// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { open, screenshot, seriousAxeViolations, signIn, waitForData } from './session.js';

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * A GraphQL call as the page's signed-in user (setting up this test's own customer; reading the policy it checks).
 * @param {import('playwright-core').Page} page
 * @param {string} query
 * @param {object} [variables]
 */
async function graphql(page, query, variables) {
  const body = JSON.stringify({ query, variables });
  /** @type {any} */
  const result = await page.evaluate(`(async () => {
    const session = JSON.parse(sessionStorage.getItem('salesgraph.session') ?? '{}');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + session.accessToken },
      body: ${JSON.stringify(body)},
    });
    return response.json();
  })()`);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} grade
 */
async function policyOf(page, grade) {
  const data = await graphql(
    page,
    '{ creditPolicy { grade creditLimit paymentTermDays version } }',
  );
  return data.creditPolicy.find((/** @type {any} */ p) => p.grade === grade);
}

/** "1,000,000" of "1000000.00": the digits a formatted amount shows in either language. */
const grouped = (/** @type {string} */ amount) =>
  Math.trunc(Number(amount)).toLocaleString('en-US');

const words = {
  'zh-CN': {
    propose: '建议调整等级',
    newGrade: '新等级',
    gradeB: 'B 潜力客户',
    reason: '理由',
    pending: '待审批',
    approved: '已批准',
    // antd spaces out a two-character Chinese button label (批 准).
    approve: /批\s?准/,
    proposed: '等级变更申请已提交',
    approvedMessage: (/** @type {string} */ customer) => `${customer} 的等级变更已批准`,
    remaining: '可用额度',
    term: (/** @type {number} */ days) => `${days} 天`,
    policyMenu: '信用政策',
    proposalsMenu: '等级变更',
    save: '保存',
    saved: '级信用政策已保存',
    termLabel: '账期（天） C 散户',
  },
  en: {
    propose: 'Propose grade change',
    newGrade: 'New grade',
    gradeB: 'B potential',
    reason: 'Reason',
    pending: 'Pending',
    approved: 'Approved',
    approve: 'Approve',
    proposed: 'Grade change proposed',
    approvedMessage: (/** @type {string} */ customer) => `Grade change for ${customer} approved`,
    remaining: 'Remaining credit',
    term: (/** @type {number} */ days) => `${days} days`,
    policyMenu: 'Credit policy',
    proposalsMenu: 'Grade proposals',
    save: 'Save',
    saved: 'Credit policy for grade C saved',
    termLabel: 'Payment term (days) C small',
  },
};

for (const locale of /** @type {const} */ (['zh-CN', 'en'])) {
  test(`a manager proposes a grade change, the director approves it, and the customer takes the new grade's credit terms (${locale})`, async () => {
    const w = words[locale];
    const rep = await signIn(browser, 'rep.east.1', locale);
    const name = `E2E授信${locale}${Date.now()}`.slice(0, 40);
    const created = await graphql(
      rep,
      `
        mutation ($input: CreateCustomerInput!) {
          createCustomer(input: $input) {
            customer {
              id
            }
            errors {
              code
              message
            }
          }
        }
      `,
      {
        input: {
          name,
          industry: '机械制造',
          source: 'REFERRAL',
          contactPerson: '赵强',
          mobile: '139 1111 2222',
          address: '上海市闵行区莘庄路8号',
        },
      },
    );
    assert.deepEqual(created.createCustomer.errors, []);
    const id = created.createCustomer.customer.id;

    // The manager proposes B from the customer page.
    const manager = await signIn(browser, 'manager.east', locale);
    await open(manager, `/customers/${encodeURIComponent(id)}`);
    await manager.getByRole('button', { name: w.propose }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.locator('.ant-form-item', { hasText: w.newGrade }).locator('.ant-select').click();
    await manager
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: w.gradeB,
      })
      .click();
    await dialog.getByLabel(w.reason).fill('E2E: 采购额增长，回款及时');
    await dialog.getByRole('button', { name: w.propose }).click();
    await manager.getByText(w.proposed).first().waitFor();
    await manager.getByTestId('grade-proposal-status').getByText(w.pending).waitFor();
    assert.deepEqual(await seriousAxeViolations(manager), []);

    // The director's inbox shows it with the rule that will apply, and approves it.
    const director = await signIn(browser, 'director', locale);
    const policyB = await policyOf(director, 'B');
    await open(director, '/grade-proposals');
    const row = director.locator('tbody tr.ant-table-row', { hasText: name });
    await row.waitFor({ timeout: 15_000 });
    assert.match(await row.innerText(), new RegExp(grouped(policyB.creditLimit)));
    assert.deepEqual(await seriousAxeViolations(director), []);
    await screenshot(director, `credit-inbox-${locale}`);
    await row.getByRole('button', { name: w.approve }).click();
    await director
      .locator('.ant-popover:not(.ant-popover-hidden)')
      .getByRole('button', { name: w.approve })
      .click();
    await director.getByText(w.approvedMessage(name)).first().waitFor();
    await waitForData(director);

    // The rep sees the new grade, the remaining credit (the B limit: nothing owed yet) and B's term; not the raw limit.
    await open(rep, `/customers/${encodeURIComponent(id)}`);
    await rep.locator('h2 .ant-tag', { hasText: w.gradeB }).waitFor();
    const remaining = await rep.getByTestId('customer-credit-remaining').innerText();
    assert.match(remaining, new RegExp(grouped(policyB.creditLimit)));
    assert.equal(
      (await rep.getByTestId('customer-payment-term').innerText()).trim(),
      w.term(policyB.paymentTermDays),
    );
    assert.deepEqual(await seriousAxeViolations(rep), []);

    // The manager's page shows the proposal approved.
    await open(manager, `/customers/${encodeURIComponent(id)}`);
    await manager.getByTestId('grade-proposal-status').getByText(w.approved).waitFor();

    for (const page of [rep, manager, director]) await page.context().close();
  });
}

test('the director edits the credit policy of a grade on the credit policy page (axe clean)', async () => {
  const w = words.en;
  const director = await signIn(browser, 'director', 'en');
  const before = await policyOf(director, 'C');
  await open(director, '/credit-policy');
  assert.deepEqual(await seriousAxeViolations(director), []);
  const row = director.getByTestId('credit-policy-C');
  const term = row.getByLabel(w.termLabel);
  const changed = before.paymentTermDays === 365 ? 364 : before.paymentTermDays + 1;
  await term.fill(String(changed));
  await row.getByRole('button', { name: w.save }).click();
  await director.getByText(w.saved).first().waitFor();
  const after = await policyOf(director, 'C');
  assert.equal(after.paymentTermDays, changed);
  assert.equal(after.version, before.version + 1);
  await waitForData(director);
  assert.equal(
    await director.getByTestId('credit-policy-C').getByLabel(w.termLabel).inputValue(),
    String(changed),
  );
  await screenshot(director, 'credit-policy-en');

  // Put it back, so tests after this one see the policy as seeded.
  const restored = await graphql(
    director,
    `
      mutation ($input: SetCreditPolicyInput!) {
        setCreditPolicy(input: $input) {
          creditPolicy {
            version
          }
          errors {
            code
          }
        }
      }
    `,
    {
      input: {
        grade: 'C',
        creditLimit: before.creditLimit,
        paymentTermDays: before.paymentTermDays,
        version: after.version,
      },
    },
  );
  assert.deepEqual(restored.setCreditPolicy.errors, []);

  // The menu names both pages in Chinese too.
  const zh = await signIn(browser, 'director', 'zh-CN');
  await open(zh, '/credit-policy');
  const menu = (await zh.locator('nav .ant-menu-item').allInnerTexts()).map((s) => s.trim());
  assert.ok(
    menu.includes(words['zh-CN'].policyMenu) && menu.includes(words['zh-CN'].proposalsMenu),
    menu.join(' | '),
  );
  assert.deepEqual(await seriousAxeViolations(zh), []);
  await director.context().close();
  await zh.context().close();
});
