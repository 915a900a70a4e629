using System.Linq.Expressions;
using SalesGraph.Data;
using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// The row half of the authorization matrix (DOMAIN.md, "Rows"): for each entity, which rows a role sees, as an
/// expression EF Core translates to SQL. Every read starts from <see cref="Scoped{T}"/>; a row outside the scope reads
/// exactly as a row that does not exist.
/// </summary>
/// <remarks>
/// rep → own customers and contracts (and what hangs off them); manager and support → their region's subtree;
/// director, finance → all; BI → all rows (personal fields are removed by the field rules); integration → the rows its
/// grants cover; admin → organization only (regions, staff, audit), no business rows.
/// </remarks>
public static class RowScopes
{
    private static readonly Expression<Func<Customer, bool>> None = _ => false;

    /// <summary>The rows of <typeparamref name="T"/> that <paramref name="who"/> may see.</summary>
    public static IQueryable<T> Scoped<T>(this SalesGraphDbContext db, ScopeSubject who)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<T>().Where(Rule<T>(who));
    }

    /// <summary>The scope rule of <typeparamref name="T"/> for <paramref name="who"/>.</summary>
    public static Expression<Func<T, bool>> Rule<T>(ScopeSubject who)
    {
        ArgumentNullException.ThrowIfNull(who);
        object rule = typeof(T).Name switch
        {
            nameof(Region) or nameof(Product) => All<T>(),
            nameof(Staff) => All<T>(),
            nameof(Customer) => CustomerRule(who),
            nameof(Contract) => ContractRule(who),
            nameof(ContractLine) => Via((ContractLine l) => l.Contract!, ContractRule(who)),
            nameof(ContractEvent) => Via((ContractEvent e) => e.Contract!, ContractRule(who)),
            nameof(Invoice) => Via((Invoice i) => i.Contract!, ContractRule(who)),
            nameof(Payment) => Via((Payment p) => p.Contract!, ContractRule(who)),
            nameof(Shipment) => Via((Shipment s) => s.Contract!, ContractRule(who)),
            nameof(ShipmentLine) => Via((ShipmentLine l) => l.Shipment!.Contract!, ContractRule(who)),
            nameof(Activity) => Via((Activity a) => a.Customer!, CustomerRule(who)),
            nameof(Target) => TargetRule(who),
            nameof(AuditEntry) => who.Role is StaffRole.Director or StaffRole.Admin ? All<T>() : NoneOf<T>(),
            _ => NoneOf<T>(),
        };
        return (Expression<Func<T, bool>>)rule;
    }

    private static Expression<Func<Customer, bool>> CustomerRule(ScopeSubject who) => who.Role switch
    {
        StaffRole.Director or StaffRole.Finance or StaffRole.BiAnalyst or StaffRole.Integration => _ => true,
        StaffRole.RegionalManager or StaffRole.SalesSupport when who.RegionPath is { } path => c => c.Region!.Path.StartsWith(path),
        StaffRole.SalesRep when who.StaffId is { } staffId => c => c.OwnerId == staffId,
        _ => None,
    };

    private static Expression<Func<Contract, bool>> ContractRule(ScopeSubject who) => who.Role switch
    {
        StaffRole.Director or StaffRole.Finance or StaffRole.BiAnalyst or StaffRole.Integration => _ => true,
        StaffRole.RegionalManager or StaffRole.SalesSupport when who.RegionPath is { } path => c => c.Region!.Path.StartsWith(path),
        StaffRole.SalesRep when who.StaffId is { } staffId => c => c.OwnerId == staffId,
        _ => _ => false,
    };

    private static Expression<Func<Target, bool>> TargetRule(ScopeSubject who) => who.Role switch
    {
        StaffRole.Director or StaffRole.Finance or StaffRole.BiAnalyst => _ => true,
        StaffRole.RegionalManager or StaffRole.SalesSupport when who.RegionPath is { } path =>
            t => (t.Region != null && t.Region.Path.StartsWith(path)) || (t.Staff != null && t.Staff.Region != null && t.Staff.Region.Path.StartsWith(path)),
        StaffRole.SalesRep when who.StaffId is { } staffId => t => t.StaffId == staffId,
        _ => _ => false,
    };

    private static Expression<Func<T, bool>> All<T>() => _ => true;

    private static Expression<Func<T, bool>> NoneOf<T>() => _ => false;

    /// <summary>Applies a parent's rule through a navigation: <c>child => rule(child.Parent)</c>.</summary>
    private static Expression<Func<TChild, bool>> Via<TChild, TParent>(
        Expression<Func<TChild, TParent>> navigation, Expression<Func<TParent, bool>> rule)
    {
        var body = new Substitute(rule.Parameters[0], navigation.Body).Visit(rule.Body);
        return Expression.Lambda<Func<TChild, bool>>(body, navigation.Parameters);
    }

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
