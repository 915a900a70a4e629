using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// Who reads a field, role by role: allowed, masked, allowed on the caller's own rows, or denied (the default for every
/// role not named). A role's access may also require a grant (<see cref="AllowWithGrant"/>): a service account of that
/// role without the grant is denied, as OAuth2 scopes narrow what a client may read. Built fluently in
/// <see cref="AccessMatrix"/>.
/// </summary>
public sealed class FieldRule
{
    private static readonly int RoleCount = Enum.GetValues<StaffRole>().Length;
    private readonly FieldAccess[] _byRole;
    private readonly string?[] _grantByRole;

    private FieldRule(FieldAccess[] byRole, string?[] grantByRole, Func<string, string>? masker, Func<Caller, object?, bool>? own)
    {
        _byRole = byRole;
        _grantByRole = grantByRole;
        Masker = masker;
        OwnRow = own;
    }

    /// <summary>Masks a value for the roles that get <see cref="FieldAccess.Mask"/>.</summary>
    public Func<string, string>? Masker { get; }

    /// <summary>For <see cref="FieldAccess.Own"/>: whether the row (the field's parent object) is the caller's own.</summary>
    public Func<Caller, object?, bool>? OwnRow { get; }

    /// <summary>Whether every role gets the plain value (such fields need no guard at run time).</summary>
    public bool IsOpenToAll => _byRole.All(a => a == FieldAccess.Allow) && _grantByRole.All(g => g is null);

    /// <summary>A rule that denies everyone; add roles with the methods below.</summary>
    public static FieldRule Nobody { get; } = new(Enumerable.Repeat(FieldAccess.Deny, RoleCount).ToArray(), new string?[RoleCount], null, null);

    /// <summary>
    /// The access of <paramref name="role"/> as declared, grants aside; null (no role) is denied. Use
    /// <see cref="For(Caller)"/> when a caller is at hand: a role's access may need a grant.
    /// </summary>
    public FieldAccess For(StaffRole? role) => role is { } r ? _byRole[(int)r] : FieldAccess.Deny;

    /// <summary>The access of <paramref name="caller"/> before any row is seen: its role's, denied when that needs a grant the caller lacks.</summary>
    public FieldAccess For(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is { } role && _grantByRole[(int)role] is { } grant && !caller.HasGrant(grant)
            ? FieldAccess.Deny
            : For(caller.Role);
    }

    /// <summary>The grant <paramref name="role"/> needs for its access, if any.</summary>
    public string? GrantFor(StaffRole role) => _grantByRole[(int)role];

    /// <summary>The access of <paramref name="caller"/> to this field of <paramref name="row"/>.</summary>
    public FieldAccess Decide(Caller caller, object? row)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var access = For(caller);
        return access == FieldAccess.Own
            ? OwnRow!(caller, row) ? FieldAccess.Allow : FieldAccess.Deny
            : access;
    }

    /// <summary>These roles get the value.</summary>
    public FieldRule Allow(params StaffRole[] roles) => With(FieldAccess.Allow, roles, null, Masker, OwnRow);

    /// <summary>
    /// These roles get the value while they hold <paramref name="grant"/> (e.g. an integration account with
    /// <c>production:read</c>); without it they are denied.
    /// </summary>
    public FieldRule AllowWithGrant(string grant, params StaffRole[] roles)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(grant);
        return With(FieldAccess.Allow, roles, grant, Masker, OwnRow);
    }

    /// <summary>These roles get the value masked by <paramref name="masker"/>.</summary>
    public FieldRule Mask(Func<string, string> masker, params StaffRole[] roles) => With(FieldAccess.Mask, roles, null, masker, OwnRow);

    /// <summary>These roles get the value only on rows <paramref name="own"/> says are theirs.</summary>
    public FieldRule AllowOwn(Func<Caller, object?, bool> own, params StaffRole[] roles) => With(FieldAccess.Own, roles, null, Masker, own);

    private FieldRule With(FieldAccess access, StaffRole[] roles, string? grant, Func<string, string>? masker, Func<Caller, object?, bool>? own)
    {
        var byRole = (FieldAccess[])_byRole.Clone();
        var grantByRole = (string?[])_grantByRole.Clone();
        foreach (var role in roles)
        {
            byRole[(int)role] = access;
            grantByRole[(int)role] = grant;
        }

        return new FieldRule(byRole, grantByRole, masker, own);
    }

    /// <summary>The rule in words, for the schema's field descriptions.</summary>
    public string Describe()
    {
        string Name(StaffRole r) => _grantByRole[(int)r] is { } grant ? $"{RoleNames.GraphQLName(r)} with {grant}" : RoleNames.GraphQLName(r);
        string Names(FieldAccess a) => string.Join(", ", Enum.GetValues<StaffRole>().Where(r => _byRole[(int)r] == a).Select(Name));
        var parts = new List<string>();
        foreach (var (access, label) in new[] { (FieldAccess.Allow, "read by"), (FieldAccess.Own, "own rows only for"), (FieldAccess.Mask, "masked for") })
        {
            var names = Names(access);
            if (names.Length > 0)
            {
                parts.Add($"{label} {names}");
            }
        }

        return parts.Count == 0 ? "denied to every role" : string.Join("; ", parts) + "; denied to the others";
    }
}
