using GraphQL.Types;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;
using SalesGraph.Regions;
using SalesGraph.Resolving;
using SalesGraph.Resolving.Writes;
using SalesGraph.StaffDirectory;

namespace SalesGraph.Accounts;

/// <summary>The caller: identity, scope and a machine-readable list of what it may read and do.</summary>
public sealed class MeGraphType : ObjectGraphType<Caller>
{
    public MeGraphType()
    {
        Name = "Me";
        Description = "The caller: who it is, which rows it sees, and what it may read and do, so clients never guess.";
        Field<NonNullGraphType<StringGraphType>>("username").Description("The username or client id.").Resolve(c => c.Source.Username);
        Field<EnumerationGraphType<StaffRole>>("role").Description("The caller's role; null when the token names none SalesGraph knows.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("client")
            .Description("The kind of client the token was issued to: spa, bi or integration.")
            .Resolve(c => Caller.ClientClaimValue(c.Source.Client));
        Field<NonNullGraphType<EnumerationGraphType<RowScope>>>("scope")
            .Description("Which rows of customers and contracts the caller sees: ALL, REGION (its region's subtree), OWN or NONE.")
            .Resolve(c => AccessMatrix.OwnedRowScope(c.Source));
        Field<StaffGraphType>("staff")
            .Description("The caller's own staff record (people only).")
            .Resolve(c => c.Source.StaffId is { } id ? c.LoadById<Staff>(id) : null);
        Field<RegionGraphType>("region")
            .Description("The region the caller works in; its subtree is the caller's scope when `scope` is REGION.")
            .Resolve(c => c.Source.RegionId is { } id ? c.LoadById<Region>(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("grants")
            .Description("Grants of an integration client, e.g. `payments:write`.")
            .Resolve(c => c.Source.Grants.Order(StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FieldPermissionGraphType>>>>("fields")
            .Description("For every type and field of the schema: ALLOW, MASK, OWN (own rows only) or DENY for this caller.")
            .Resolve(c => FieldPermissions(c.Source));
        Field<NonNullGraphType<ApprovalPolicyGraphType>>("approvalPolicy").Description("The contract approval rules as this server enforces them (thresholds, approvers, the credit check), so clients never copy them.").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("actions")
            .Description("The actions (mutations) the caller may attempt, e.g. `approveContract`; workflow rules such as approval limits still apply.")
            .Resolve(c => c.RequestServices!.GetRequiredService<MutationCatalog>().Permitted(c.Source)
                .Concat(AccessMatrix.Actions.Keys.Where(a => AccessMatrix.May(c.Source, a))).Order(StringComparer.Ordinal).ToList());
    }

    private static List<FieldPermission> FieldPermissions(Caller caller) =>
        [.. AccessMatrix.Fields
            .SelectMany(t => t.Value.Select(f => new FieldPermission(t.Key, f.Key, f.Value.For(caller))))
            .OrderBy(p => p.Type, StringComparer.Ordinal).ThenBy(p => p.Field, StringComparer.Ordinal)];
}

/// <summary>What the caller gets of one field.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "The schema calls it FieldPermission.")]
public sealed record FieldPermission(string Type, string Field, FieldAccess Access);
