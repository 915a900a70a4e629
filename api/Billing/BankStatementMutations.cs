using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Billing;

/// <summary>
/// The bank-statement import (银行流水导入, decision 029): many receipts at once, each line matched to a customer and
/// recorded, idempotent by bank reference, with a dry run that reports the same without writing. Lines are processed in
/// chunks, each chunk one transaction through the <see cref="MutationRunner"/> (saved, KPI upkeep once, audited).
/// </summary>
public sealed class BankStatementMutations : IDeclaresMutations
{
    /// <summary>The most lines one call may carry.</summary>
    public const int MaxRows = 1_000;

    /// <summary>The lines written per transaction.</summary>
    public const int ChunkSize = 200;

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        ChunkedMutationDeclaration<ImportBankStatementInput>.Of<ImportBankStatementInputGraphType>(
            "importBankStatement", WriteRules.BankStatementImport,
            "Finance imports the credit lines of a bank statement as receipts (回款, HK-…): each line is matched to one customer (taxpayer number, then " +
            "bank account, then exact name; no single match: UNMATCHED), recorded unapplied on its account or, with applyOldestFirst, applied to its open " +
            "invoices oldest due first; a bank reference imported before is a DUPLICATE (re-importing a statement imports nothing twice); wrong values are " +
            "INVALID with errors at input.rows[i].field. dryRun reports the same and writes nothing. Lines go in chunks of 200, each chunk one transaction; " +
            "more than 1,000 lines is VALIDATION on input.rows. Authorization failures are GraphQL errors (AUTH_NOT_AUTHORIZED).",
            "bankStatement", typeof(BankStatementImportGraphType), ImportAsync),
    ];

    private static async Task<MutationPayload> ImportAsync(ChunkedWrites writes, ImportBankStatementInput input)
    {
        if (input.Rows.Count is 0 or > MaxRows)
        {
            return MutationPayload.Refused([UserError.Validation($"1 to {MaxRows} lines per import; split the statement.", "input", "rows")]);
        }

        var results = new List<BankStatementRowResult>(input.Rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // A dry run writes nothing, so one transaction sees every line as the real import's chunks would one after the other.
        var chunk = input.DryRun ? MaxRows : ChunkSize;
        for (var start = 0; start < input.Rows.Count; start += chunk)
        {
            var count = Math.Min(chunk, input.Rows.Count - start);
            var seenBefore = new HashSet<string>(seen, StringComparer.Ordinal);
            IReadOnlyList<BankStatementRowResult>? done = null;
            MutationPayload? refused = null;
            for (var attempt = 0; attempt < 2 && done is null; attempt++)
            {
                seen = new HashSet<string>(seenBefore, StringComparer.Ordinal);
                var run = input.DryRun ? (Func<Func<WriteUnit, Task<MutationPayload>>, Task<MutationPayload>>)writes.DryRunAsync : writes.WriteAsync;
                var payload = await run(w => ChunkAsync(w, input, start, count, seen));
                if (payload.Succeeded)
                {
                    done = (IReadOnlyList<BankStatementRowResult>)payload.Entity!;
                }
                else
                {
                    refused = payload; // lost a race (CONFLICT): once more, against what the winner wrote
                }
            }

            results.AddRange(done ?? [.. Enumerable.Range(start, count).Select(i => new BankStatementRowResult(
                i, BankStatementRowStatus.Invalid, input.Rows[i].BankReference?.Trim(), input.Rows[i].Amount ?? 0, null, null, 0,
                [.. refused!.Errors.Select(e => e with { Path = ["input", "rows", i] })]))]);
        }

        return MutationPayload.Ok(new BankStatementImport(input.DryRun, results));
    }

    private static async Task<MutationPayload> ChunkAsync(WriteUnit w, ImportBankStatementInput input, int start, int count, HashSet<string> seen)
    {
        var rows = input.Rows.Skip(start).Take(count).Select((row, n) => (Row: row, Index: start + n, Reference: row.BankReference?.Trim())).ToList();
        var references = rows.Where(r => !string.IsNullOrEmpty(r.Reference)).Select(r => r.Reference!).Distinct().ToArray();
        var earlier = await w.Db.Receipts.Include(r => r.Customer).Where(r => r.BankReference != null && references.Contains(r.BankReference))
            .ToDictionaryAsync(r => r.BankReference!, w.CancellationToken);
        var matcher = await CustomerMatcher.LoadAsync(w, [.. rows.Select(r => r.Row)]);
        var open = new Dictionary<int, Queue<Invoice>>();
        if (input.ApplyOldestFirst)
        {
            var customers = matcher.Customers.Select(c => c.Id).ToArray();
            var invoices = await w.Db.Scoped<Invoice>(w.Caller).Include(i => i.Contract)
                .Where(i => customers.Contains(i.Contract!.CustomerId) && (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid))
                .OrderBy(i => i.DueOn).ThenBy(i => i.IssuedOn).ThenBy(i => i.Id)
                .ToListAsync(w.CancellationToken);
            open = invoices.GroupBy(i => i.Contract!.CustomerId).ToDictionary(g => g.Key, g => new Queue<Invoice>(g));
        }

        string? receiptNumber = null;
        string? paymentNumber = null;
        var results = new List<BankStatementRowResult>(count);
        foreach (var (row, i, reference) in rows)
        {
            var errors = Check(w, row, i);
            if (errors.Count > 0)
            {
                results.Add(new(i, BankStatementRowStatus.Invalid, reference, row.Amount ?? 0, null, null, 0, errors));
                continue;
            }

            if (earlier.TryGetValue(reference!, out var before) || !seen.Add(reference!))
            {
                results.Add(new(i, BankStatementRowStatus.Duplicate, reference, row.Amount ?? 0, before?.Customer, before, 0, []));
                continue;
            }

            var (customer, why) = matcher.Match(row, i);
            if (customer is null)
            {
                results.Add(new(i, BankStatementRowStatus.Unmatched, reference, row.Amount ?? 0, null, null, 0, [why!]));
                continue;
            }

            receiptNumber = receiptNumber is null
                ? await DocumentNumbers.NextAsync(w, w.Db.Receipts.AsNoTracking(), x => x.Number, "HK", w.Today.Year, w.CancellationToken)
                : DocumentNumbers.Following(receiptNumber);
            var receipt = new Receipt
            {
                Number = receiptNumber,
                CustomerId = customer.Id,
                Amount = row.Amount!.Value,
                ReceivedOn = row.ValueDate!.Value,
                Method = PaymentMethod.BankTransfer,
                BankReference = reference,
                PayerName = Trimmed(row.PayerName),
                PayerAccount = Trimmed(row.PayerAccount),
                Memo = Trimmed(row.Memo),
                RecordedById = w.Caller.StaffId,
                CreatedAt = w.Now,
                Version = 1,
            };
            w.Db.Receipts.Add(receipt);
            if (open.TryGetValue(customer.Id, out var invoices))
            {
                while (receipt.AppliedAmount < receipt.Amount && invoices.TryPeek(out var invoice))
                {
                    var amount = Math.Min(invoice.OpenAmount, receipt.Amount - receipt.AppliedAmount);
                    paymentNumber = paymentNumber is null
                        ? await DocumentNumbers.NextAsync(w, w.Db.Payments.AsNoTracking(), p => p.Number, "SK", w.Today.Year, w.CancellationToken)
                        : DocumentNumbers.Following(paymentNumber);
                    ReceiptMutations.ApplyOne(w, receipt, invoice, amount, paymentNumber);
                    if (invoice.OpenAmount <= 0)
                    {
                        invoices.Dequeue();
                    }
                }
            }

            results.Add(new(i, BankStatementRowStatus.Imported, reference, row.Amount ?? 0, customer, input.DryRun ? null : receipt, receipt.AppliedAmount, []));
        }

        return MutationPayload.Ok(results);
    }

    private static List<UserError> Check(WriteUnit w, BankStatementRowInput row, int i)
    {
        var check = new InputCheck();
        if (check.That(row.Amount is not null, "Required.", "input", "rows", i, "amount"))
        {
            check.Money(row.Amount, allowZero: false, "input", "rows", i, "amount");
        }

        if (check.That(row.ValueDate is not null, "Required.", "input", "rows", i, "valueDate"))
        {
            check.That(row.ValueDate <= w.Today, "A value date cannot be in the future.", "input", "rows", i, "valueDate");
        }
        if (check.Text(row.BankReference, 100, required: true, "input", "rows", i, "bankReference"))
        {
            check.That(!string.IsNullOrWhiteSpace(row.BankReference), "Required.", "input", "rows", i, "bankReference");
        }

        check.Text(row.PayerName, 200, required: false, "input", "rows", i, "payerName");
        check.Text(row.PayerAccount, 64, required: false, "input", "rows", i, "payerAccount");
        check.Text(row.PayerTaxNumber, 20, required: false, "input", "rows", i, "payerTaxNumber");
        check.Text(row.Memo, 500, required: false, "input", "rows", i, "memo");
        check.That(Trimmed(row.PayerName) is not null || Trimmed(row.PayerAccount) is not null || Trimmed(row.PayerTaxNumber) is not null,
            "A payer name, account or taxpayer number is needed to find the customer.", "input", "rows", i, "payerName");
        return [.. check.Errors];
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Finds the one customer a line names, in the caller's scope: by taxpayer number (the buyer tax number on the
    /// customer's invoices), then by bank account (of its earlier receipts), then by exact name. A key that names two
    /// customers decides nothing; no key naming exactly one leaves the line UNMATCHED.
    /// </summary>
    private sealed class CustomerMatcher
    {
        private readonly Dictionary<string, int[]> _byTaxNumber;
        private readonly Dictionary<string, int[]> _byAccount;
        private readonly Dictionary<string, int[]> _byName;
        private readonly Dictionary<int, Customer> _customers;

        private CustomerMatcher(Dictionary<string, int[]> byTaxNumber, Dictionary<string, int[]> byAccount, Dictionary<string, int[]> byName, Dictionary<int, Customer> customers)
        {
            (_byTaxNumber, _byAccount, _byName, _customers) = (byTaxNumber, byAccount, byName, customers);
        }

        public IEnumerable<Customer> Customers => _customers.Values;

        public static async Task<CustomerMatcher> LoadAsync(WriteUnit w, List<BankStatementRowInput> rows)
        {
            var taxNumbers = rows.Select(r => Trimmed(r.PayerTaxNumber)?.ToUpperInvariant()).OfType<string>().Distinct().ToArray();
            var accounts = rows.Select(r => Trimmed(r.PayerAccount)).OfType<string>().Distinct().ToArray();
            var names = rows.Select(r => Trimmed(r.PayerName)).OfType<string>().Distinct().ToArray();
            var byTax = (await w.Db.Scoped<Invoice>(w.Caller).Where(i => i.BuyerTaxNumber != null && taxNumbers.Contains(i.BuyerTaxNumber))
                    .Select(i => new { Key = i.BuyerTaxNumber!, i.Contract!.CustomerId }).Distinct().ToListAsync(w.CancellationToken))
                .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.CustomerId).Distinct().ToArray(), StringComparer.Ordinal);
            var byAccount = (await w.Db.Scoped<Receipt>(w.Caller).Where(r => r.PayerAccount != null && accounts.Contains(r.PayerAccount))
                    .Select(r => new { Key = r.PayerAccount!, r.CustomerId }).Distinct().ToListAsync(w.CancellationToken))
                .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.Select(x => x.CustomerId).Distinct().ToArray(), StringComparer.Ordinal);
            var named = await w.Db.Scoped<Customer>(w.Caller).AsNoTracking().Where(c => names.Contains(c.Name)).ToListAsync(w.CancellationToken);
            var byName = named.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.Select(c => c.Id).ToArray(), StringComparer.Ordinal);
            int[] others = [.. byTax.Values.Concat(byAccount.Values).SelectMany(ids => ids).Distinct().Except(named.Select(c => c.Id))];
            var customers = named.Concat(await w.Db.Scoped<Customer>(w.Caller).AsNoTracking().Where(c => others.Contains(c.Id)).ToListAsync(w.CancellationToken))
                .ToDictionary(c => c.Id);
            return new CustomerMatcher(byTax, byAccount, byName, customers);
        }

        public (Customer? Customer, UserError? Why) Match(BankStatementRowInput row, int i)
        {
            var keys = new (string? Key, Dictionary<string, int[]> Index, string Field)[]
            {
                (Trimmed(row.PayerTaxNumber)?.ToUpperInvariant(), _byTaxNumber, "payerTaxNumber"),
                (Trimmed(row.PayerAccount), _byAccount, "payerAccount"),
                (Trimmed(row.PayerName), _byName, "payerName"),
            };
            UserError? ambiguous = null;
            foreach (var (key, index, field) in keys)
            {
                if (key is null || !index.TryGetValue(key, out var ids))
                {
                    continue;
                }

                if (ids.Length == 1 && _customers.TryGetValue(ids[0], out var customer))
                {
                    return (customer, null);
                }

                ambiguous ??= new UserError(ErrorCodes.NotFound, $"{ids.Length} customers match this {field}; record the receipt by hand.", ["input", "rows", i, field]);
            }

            var at = keys.First(k => k.Key is not null).Field;
            return (null, ambiguous ?? UserError.NotFound("No customer matches this payer (taxpayer number, account or exact name).", "input", "rows", i, at));
        }
    }
}
