using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Customers;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Querying;
using SalesGraph.Resolving;

namespace SalesGraph.FieldWork;

/// <summary>
/// The field's contact rhythm (decision 020): <c>contactsDue</c>, the rep's list of customers due a visit or call, and
/// <c>contactCompliance</c>, the manager's share of A/B customers contacted on time, by rep; both over the customers in
/// the caller's row scope, dated by the business clock.
/// </summary>
public sealed class FieldWorkQueries(IOptionsMonitor<ContactCadenceOptions> options) : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Connection<object?, CustomerGraphType>("contactsDue")
            .Description(
                "Customers due a contact by the cadence (FieldWork: A-class a visit every 14 days, B-class a call or visit every 30), " +
                "overdue ones first, up to `withinDays` ahead; C-class and lost customers have none.")
            .Argument<IntGraphType>("withinDays", "Also list customers due within this many days from today (0–60; default 7).")
            .ResolveAsync(async c =>
            {
                var withinDays = c.GetArgument<int?>("withinDays") ?? 7;
                if (withinDays is < 0 or > 60)
                {
                    throw new CodedExecutionError(ErrorCodes.Validation, "withinDays is between 0 and 60.");
                }

                var calendar = c.RequestServices!.GetRequiredService<BusinessCalendar>();
                var until = calendar.Zone.StartOf(calendar.Today.AddDays(withinDays + 1));
                var dueAt = new ContactCadence(options.CurrentValue).DueAt;
                var due = RowScopes.Via(dueAt, (DateTime d) => d < until);
                IReadOnlyList<SortKey<Customer>> order = [SortKey<Customer>.Ascending(dueAt), SortKey<Customer>.Ascending(x => x.Id)];
                return await c.ReadConnectionAsync(order, q => q.Where(ContactCadence.HasCadence).Where(due));
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactComplianceRowGraphType>>>>("contactCompliance")
            .Description("By owner rep: the A/B customers with a cadence, how many are contacted on time (not overdue today), and the share (拜访达标率).")
            .ResolveAsync(async c =>
            {
                var calendar = c.RequestServices!.GetRequiredService<BusinessCalendar>();
                var startOfToday = calendar.Zone.StartOf(calendar.Today);
                var onTime = RowScopes.Via(new ContactCadence(options.CurrentValue).DueAt, (DateTime d) => d >= startOfToday);
                await using var db = c.OpenDb();
                var customers = db.Scoped<Customer>(c.Caller()).Where(ContactCadence.HasCadence);
                var all = await customers.GroupBy(x => x.OwnerId).Select(g => new { Owner = g.Key, Count = g.Count() }).ToListAsync(c.CancellationToken);
                var timely = await customers.Where(onTime).GroupBy(x => x.OwnerId).Select(g => new { Owner = g.Key, Count = g.Count() })
                    .ToDictionaryAsync(g => g.Owner, g => g.Count, c.CancellationToken);
                return all.OrderBy(r => r.Owner)
                    .Select(r => new ContactComplianceRow(r.Owner, r.Count, timely.GetValueOrDefault(r.Owner)))
                    .ToList();
            });
    }
}
