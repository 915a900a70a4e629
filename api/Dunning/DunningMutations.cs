using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Mutations;
using SalesGraph.Resolving.Writes;

namespace SalesGraph.Dunning;

/// <summary>Input of <c>issueCollectionNotices</c> and <c>escalateCollectionNotices</c> (nothing to give: they run on the business day).</summary>
public sealed record DunningRunInput
{
    public bool? DryRun { get; init; }
}

/// <summary>The <c>DunningRunInput</c> input type.</summary>
public sealed class DunningRunInputGraphType : InputObjectGraphType<DunningRunInput>
{
    public DunningRunInputGraphType()
    {
        Name = "DunningRunInput";
        Description = "A dunning run on the business day.";
        Field(i => i.DryRun, nullable: true).Description("Count what would change without writing it.");
    }
}

/// <summary>Input of <c>recordPaymentPromise</c>.</summary>
public sealed record RecordPaymentPromiseInput
{
    public string CollectionNoticeId { get; init; } = "";
    public DateOnly PromisedOn { get; init; }
    public decimal Amount { get; init; }
    public string? Note { get; init; }
    public int? Version { get; init; }
}

/// <summary>The <c>RecordPaymentPromiseInput</c> input type.</summary>
public sealed class RecordPaymentPromiseInputGraphType : InputObjectGraphType<RecordPaymentPromiseInput>
{
    public RecordPaymentPromiseInputGraphType()
    {
        Name = "RecordPaymentPromiseInput";
        Description = "The customer's promise to pay (承诺付款) on a collection notice.";
        Field(i => i.CollectionNoticeId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The notice's global id.");
        Field(i => i.PromisedOn).Description("The day the customer will pay by: today or later.");
        Field(i => i.Amount).Description("The amount promised (CNY, positive, 2 places).");
        Field(i => i.Note, nullable: true).Description("What the customer said, at most 1000 characters.");
        Field(i => i.Version, nullable: true).Description("The notice's version the client read; a stale one is CONFLICT.");
    }
}

/// <summary>
/// Dunning (催收, decision 026): finance issues collection notices from what is overdue, the chasers record promises,
/// and the escalation run moves notices without a promise or receipt up from the rep to the manager to the director.
/// </summary>
public sealed class DunningMutations(IOptions<DunningOptions> options) : IDeclaresMutations
{
    private const string Errors =
        " Input errors (VALIDATION, NOT_FOUND, CONFLICT, INVALID_TRANSITION) come in `errors` with the input path; authorization failures are GraphQL errors (AUTH_NOT_AUTHORIZED).";

    public IEnumerable<MutationDeclaration> Mutations =>
    [
        MutationDeclaration.Of<DunningRunInputGraphType, DunningRunInput>(
            "issueCollectionNotices", WriteRules.DunningIssue,
            "Issues a collection notice (CS-…) for every customer with invoices past due (OPEN or PARTLY_PAID, due before today) and no notice " +
            "still open: its overdue invoices as items, assigned to the owner rep at level REP. Customers with an open notice keep it." + Errors,
            "run", typeof(DunningRunGraphType), IssueAsync),
        MutationDeclaration.Of<DunningRunInputGraphType, DunningRunInput>(
            "escalateCollectionNotices", WriteRules.DunningEscalation,
            "Closes notices whose customer has nothing overdue; moves up one level (REP → MANAGER → DIRECTOR) every notice without a standing " +
            "promise (none, or its day has passed) whose level has had Dunning:EscalateAfterDays since it was reached, since the last promise and " +
            "since the customer's latest receipt." + Errors,
            "run", typeof(DunningRunGraphType), EscalateAsync),
        MutationDeclaration.Of<RecordPaymentPromiseInputGraphType, RecordPaymentPromiseInput>(
            "recordPaymentPromise", WriteRules.PaymentPromise,
            "Records the customer's promise to pay by a day on a notice that is not CLOSED: PROMISED until that day; the level's days count again from today." + Errors,
            "collectionNotice", typeof(CollectionNoticeGraphType), PromiseAsync),
    ];

    private static async Task<MutationPayload> IssueAsync(WriteUnit w, DunningRunInput input)
    {
        var today = w.Today;
        var overdue = await w.Db.Scoped<Invoice>(w.Caller).AsNoTracking()
            .Where(i => (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid) && i.DueOn < today)
            .Select(i => new { i.Id, i.Number, i.DueOn, i.OpenAmount, i.Contract!.CustomerId, i.Contract.Customer!.OwnerId })
            .ToListAsync(w.CancellationToken);
        var open = (await w.Db.CollectionNotices.AsNoTracking().Where(n => n.Status != CollectionNoticeStatus.Closed).Select(n => n.CustomerId).ToListAsync(w.CancellationToken))
            .ToHashSet();
        var number = await DocumentNumbers.NextAsync(w, w.Db.CollectionNotices.AsNoTracking(), n => n.Number, "CS", today.Year, w.CancellationToken);
        int issued = 0, unchanged = 0;
        foreach (var customer in overdue.GroupBy(i => i.CustomerId).OrderBy(g => g.Key))
        {
            if (open.Contains(customer.Key))
            {
                unchanged++;
                continue;
            }

            issued++;
            if (input.DryRun == true)
            {
                continue;
            }

            var notice = new CollectionNotice
            {
                Number = number,
                CustomerId = customer.Key,
                OwnerId = customer.First().OwnerId,
                Level = DunningLevel.Rep,
                Status = CollectionNoticeStatus.Open,
                OverdueAmount = customer.Sum(i => i.OpenAmount),
                IssuedOn = today,
                LevelSince = today,
                CreatedAt = w.Now,
                Version = 1,
            };
            foreach (var item in customer.OrderBy(i => i.DueOn).ThenBy(i => i.Id))
            {
                notice.Items.Add(new CollectionNoticeItem
                {
                    InvoiceId = item.Id, InvoiceNumber = item.Number, DueOn = item.DueOn, DaysOverdue = today.DayNumber - item.DueOn.DayNumber, OpenAmount = item.OpenAmount,
                });
            }

            w.Db.CollectionNotices.Add(notice);
            number = DocumentNumbers.Following(number);
        }

        return MutationPayload.Ok(new DunningRun(issued, 0, 0, unchanged));
    }

    private async Task<MutationPayload> EscalateAsync(WriteUnit w, DunningRunInput input)
    {
        var today = w.Today;
        var days = options.Value.EscalateAfterDays;
        var notices = await w.Db.Scoped<CollectionNotice>(w.Caller).Where(n => n.Status != CollectionNoticeStatus.Closed).ToListAsync(w.CancellationToken);
        var customers = notices.Select(n => n.CustomerId).Distinct().ToArray();
        var stillOverdue = (await w.Db.Invoices.AsNoTracking()
                .Where(i => customers.Contains(i.Contract!.CustomerId) && (i.Status == InvoiceStatus.Open || i.Status == InvoiceStatus.PartlyPaid) && i.DueOn < today)
                .Select(i => i.Contract!.CustomerId).Distinct().ToListAsync(w.CancellationToken))
            .ToHashSet();
        var lastReceipt = (await w.Db.Receipts.AsNoTracking().Where(r => customers.Contains(r.CustomerId))
                .GroupBy(r => r.CustomerId).Select(g => new { g.Key, Last = g.Max(r => r.ReceivedOn) }).ToListAsync(w.CancellationToken))
            .ToDictionary(r => r.Key, r => r.Last);
        int escalated = 0, closed = 0, unchanged = 0;
        foreach (var notice in notices)
        {
            if (!stillOverdue.Contains(notice.CustomerId))
            {
                closed++;
                if (input.DryRun != true)
                {
                    notice.Status = CollectionNoticeStatus.Closed;
                    notice.ClosedOn = today;
                    notice.Version++;
                }

                continue;
            }

            var promiseStands = notice.Status == CollectionNoticeStatus.Promised && notice.PromisedOn >= today;
            var since = lastReceipt.TryGetValue(notice.CustomerId, out var received) && received > notice.LevelSince ? received : notice.LevelSince;
            if (promiseStands || notice.Level == DunningLevel.Director || today.DayNumber - since.DayNumber < days)
            {
                unchanged++;
                continue;
            }

            escalated++;
            if (input.DryRun != true)
            {
                notice.Level = notice.Level == DunningLevel.Rep ? DunningLevel.Manager : DunningLevel.Director;
                notice.Status = CollectionNoticeStatus.Open; // a broken promise no longer holds
                notice.LevelSince = today;
                notice.Version++;
            }
        }

        return MutationPayload.Ok(new DunningRun(0, escalated, closed, unchanged));
    }

    private static async Task<MutationPayload> PromiseAsync(WriteUnit w, RecordPaymentPromiseInput input)
    {
        var check = new InputCheck();
        check.That(input.PromisedOn >= w.Today, "A promise is to pay today or later.", "input", "promisedOn");
        check.Money(input.Amount, allowZero: false, "input", "amount");
        check.Text(input.Note, 1000, required: false, "input", "note");
        var (notice, refusal) = await w.FindForStepAsync<CollectionNotice>(input.CollectionNoticeId, q => q, n => n.Version, input.Version, "input", "collectionNoticeId");
        if (refusal is not null)
        {
            return refusal;
        }

        if (!check.IsValid)
        {
            return MutationPayload.Refused(check.Errors, notice);
        }

        if (notice!.Status == CollectionNoticeStatus.Closed)
        {
            return MutationPayload.Refused([UserError.InvalidTransition("This notice is closed: nothing is overdue.", "input", "collectionNoticeId")], notice);
        }

        notice.Status = CollectionNoticeStatus.Promised;
        notice.PromisedOn = input.PromisedOn;
        notice.PromisedAmount = input.Amount;
        notice.PromiseNote = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        notice.PromisedById = w.Caller.StaffId;
        notice.LevelSince = w.Today;
        notice.Version++;
        return MutationPayload.Ok(notice);
    }
}
