using System.Linq.Expressions;
using SalesGraph.Data.Entities;
using SalesGraph.Kpis;

namespace SalesGraph.FieldWork;

/// <summary>
/// The contact cadence as expressions over a customer, written once for the due list, the customer's fields and the
/// compliance figures (decision 020): an A-class customer is due a visit <see cref="ContactCadenceOptions.VisitEveryDaysA"/>
/// days after its last visit, a B-class customer a call or visit <see cref="ContactCadenceOptions.ContactEveryDaysB"/>
/// days after its last one; a customer never contacted is due from the day it was created. C-class and lost customers
/// have no cadence.
/// </summary>
public sealed class ContactCadence(ContactCadenceOptions options)
{
    /// <summary>The customers that have a cadence: A or B, not lost.</summary>
    public static readonly Expression<Func<Customer, bool>> HasCadence = c =>
        (c.Grade == CustomerGrade.A || c.Grade == CustomerGrade.B) && c.Status != CustomerStatus.Lost;

    /// <summary>When the customer was last contacted in a way its cadence counts (a visit; for B also a call).</summary>
    public static readonly Expression<Func<Customer, DateTime?>> LastContactAt = c => c.Activities
        .Where(a => a.Kind == ActivityKind.Visit || (c.Grade == CustomerGrade.B && a.Kind == ActivityKind.Call))
        .Max(a => (DateTime?)a.OccurredAt);

    /// <summary>When the next contact is due (UTC): the last one (or the customer's creation) plus its grade's days.</summary>
    public Expression<Func<Customer, DateTime>> DueAt
    {
        get
        {
            var a = (double)options.VisitEveryDaysA;
            var b = (double)options.ContactEveryDaysB;
            return KpiExpressions.Expand<Expression<Func<Customer, DateTime>>>(
                c => (LastContactAt.Apply(c) ?? c.CreatedAt).AddDays(c.Grade == CustomerGrade.A ? a : b));
        }
    }

    /// <summary>The due time of a customer of <paramref name="grade"/> last contacted at <paramref name="last"/> (created at <paramref name="createdAt"/>); null without a cadence.</summary>
    public DateTime? DueAfter(CustomerGrade grade, DateTime? last, DateTime createdAt) =>
        options.DaysFor(grade) is { } days ? (last ?? createdAt).AddDays(days) : null;
}
