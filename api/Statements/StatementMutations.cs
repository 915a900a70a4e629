using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Statements;

/// <summary>
/// Statements (对账单): finance generates a month's statements for all customers (also from the command line), the rep or
/// the region's clerk records the customer's answer (decision 024).
/// </summary>
public sealed class StatementMutations : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; " +
        "authorization failures are GraphQL errors with extensions.code AUTH_NOT_AUTHORIZED.";

    /// <summary>generateStatements, which the <c>statements</c> command runs as well.</summary>
    public static readonly MutationDeclaration<GenerateStatementsInput> Generate = MutationDeclaration.Of<GenerateStatementsInputGraphType, GenerateStatementsInput>(
        "generateStatements", WriteRules.StatementGeneration,
        "Generates the month's statement for every customer with a balance or a document in the month, as SENT to its owner rep: opening balance, " +
        "the month's invoices, voids, credit notes, receipts and payments as lines, closing balance. Idempotent per customer and month: a customer " +
        "whose statement exists keeps it. Not for a month after the current one." + Errors,
        "run", typeof(StatementRunGraphType), GenerateAsync);

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        Generate,
        MutationDeclaration.Of<RecordStatementResponseInputGraphType, RecordStatementResponseInput>(
            "recordStatementResponse", WriteRules.StatementResponse,
            "Records the customer's answer to a SENT or DISPUTED statement: CONFIRMED (the balance agrees) or DISPUTED (with a note of what does not); " +
            "a CONFIRMED statement is final (INVALID_TRANSITION)." + Errors,
            "statement", typeof(StatementGraphType), RespondAsync),
    ];

    /// <summary>The work of generateStatements (also run by <see cref="StatementsCommand"/>).</summary>
    internal static async Task<MutationPayload> GenerateAsync(WriteUnit w, GenerateStatementsInput input)
    {
        var check = new InputCheck();
        check.That(input.Year is >= 2000 and <= 9999, "A year from 2000 to 9999.", "input", "year");
        check.That(input.Month is >= 1 and <= 12, "A month from 1 to 12.", "input", "month");
        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors);
        }

        var start = new DateOnly(input.Year, input.Month, 1);
        var end = start.AddMonths(1).AddDays(-1);
        if (start > w.Today)
        {
            return MutationPayload.Refused([UserError.Validation("Statements are generated for past months or the current one.", "input", "month")]);
        }

        var customers = await w.Db.Scoped<Customer>(w.Caller).AsNoTracking().Select(c => new { c.Id, c.OwnerId }).ToListAsync(w.CancellationToken);
        var existing = (await w.Db.Statements.AsNoTracking().Where(s => s.Year == input.Year && s.Month == input.Month).Select(s => s.CustomerId).ToListAsync(w.CancellationToken))
            .ToHashSet();
        var opening = await StatementLedger.BalancesAsync(w.Db, start.AddDays(-1), w.CancellationToken);
        var movements = (await StatementLedger.MovementsAsync(w.Db, start, end, w.CancellationToken)).ToLookup(m => m.CustomerId);
        var number = await DocumentNumbers.NextAsync(w, w.Db.Statements.AsNoTracking(), s => s.Number, "DZ", input.Year, w.CancellationToken);
        var generated = 0;
        var already = 0;
        foreach (var customer in customers)
        {
            var balance = opening.GetValueOrDefault(customer.Id);
            var lines = movements[customer.Id].ToList();
            if (balance == 0 && lines.Count == 0)
            {
                continue; // nothing to reconcile
            }

            if (existing.Contains(customer.Id))
            {
                already++;
                continue;
            }

            var statement = new Statement
            {
                Number = number,
                CustomerId = customer.Id,
                Year = input.Year,
                Month = input.Month,
                PeriodStart = start,
                PeriodEnd = end,
                OwnerId = customer.OwnerId,
                OpeningBalance = balance,
                InvoicedAmount = lines.Where(l => l.Kind is StatementLineKind.Invoice or StatementLineKind.InvoiceVoided).Sum(l => l.Amount),
                CreditedAmount = -lines.Where(l => l.Kind == StatementLineKind.CreditNote).Sum(l => l.Amount),
                ReceivedAmount = -lines.Where(l => l.Kind is StatementLineKind.Receipt or StatementLineKind.Payment).Sum(l => l.Amount),
                Status = StatementStatus.Sent,
                GeneratedAt = w.Now,
                GeneratedById = w.Caller.StaffId,
                Version = 1,
            };
            var lineNo = 0;
            foreach (var line in lines)
            {
                balance += line.Amount;
                statement.Lines.Add(new StatementLine { LineNo = ++lineNo, Kind = line.Kind, DocumentNumber = line.Number, On = line.On, Amount = line.Amount, Balance = balance });
            }

            statement.ClosingBalance = balance;
            w.Db.Statements.Add(statement);
            number = DocumentNumbers.Following(number);
            generated++;
        }

        return MutationPayload.Ok(new StatementRun(input.Year, input.Month, generated, already));
    }

    private static async Task<MutationPayload> RespondAsync(WriteUnit w, RecordStatementResponseInput input)
    {
        var check = new InputCheck();
        check.Text(input.Note, 1000, required: input.Response == StatementResponse.Disputed, "input", "note");
        var (statement, refusal) = await w.FindForStepAsync<Statement>(input.StatementId, q => q, s => s.Version, input.Version, "input", "statementId");
        if (refusal is not null)
        {
            return refusal;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, statement);
        }

        if (statement!.Status == StatementStatus.Confirmed)
        {
            return MutationPayload.Refused([UserError.InvalidTransition("This statement is confirmed already.", "input", "statementId")], statement);
        }

        statement.Status = input.Response == StatementResponse.Confirmed ? StatementStatus.Confirmed : StatementStatus.Disputed;
        statement.ResponseNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        statement.RespondedAt = w.Now;
        statement.RespondedById = w.Caller.StaffId;
        statement.Version++;
        return MutationPayload.Ok(statement);
    }
}
