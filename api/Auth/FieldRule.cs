using SalesGraph.Data.Entities;

namespace SalesGraph.Auth;

/// <summary>
/// Who reads a field, role by role: allowed, masked, allowed on the caller's own rows, or denied (the default for every
/// role not named). Built fluently in <see cref="AccessMatrix"/>.
/// </summary>
public sealed class FieldRule
{
    private static readonly int RoleCount = Enum.GetValues<StaffRole>().Length;
    private readonly FieldAccess[] _byRole;

    private FieldRule(FieldAccess[] byRole, Func<string, string>? masker, Func<Caller, object?, bool>? own)
    {
        _byRole = byRole;
        Masker = masker;
        OwnRow = own;
    }

    /// <summary>Masks a value for the roles that get <see cref="FieldAccess.Mask"/>.</summary>
    public Func<string, string>? Masker { get; }

    /// <summary>For <see cref="FieldAccess.Own"/>: whether the row (the field's parent object) is the caller's own.</summary>
    public Func<Caller, object?, bool>? OwnRow { get; }

    /// <summary>Whether every role gets the plain value (such fields need no guard at run time).</summary>
    public bool IsOpenToAll => _byRole.All(a => a == FieldAccess.Allow);

    /// <summary>A rule that denies everyone; add roles with the methods below.</summary>
    public static FieldRule Nobody { get; } = new(Enumerable.Repeat(FieldAccess.Deny, RoleCount).ToArray(), null, null);

    /// <summary>The access of <paramref name="role"/>; null (no role) is denied.</summary>
    public FieldAccess For(StaffRole? role) => role is { } r ? _byRole[(int)r] : FieldAccess.Deny;

    /// <summary>The access of <paramref name="caller"/> to this field of <paramref name="row"/>.</summary>
    public FieldAccess Decide(Caller caller, object? row)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var access = For(caller.Role);
        return access == FieldAccess.Own
            ? OwnRow!(caller, row) ? FieldAccess.Allow : FieldAccess.Deny
            : access;
    }

    /// <summary>These roles get the value.</summary>
    public FieldRule Allow(params StaffRole[] roles) => With(FieldAccess.Allow, roles, Masker, OwnRow);

    /// <summary>These roles get the value masked by <paramref name="masker"/>.</summary>
    public FieldRule Mask(Func<string, string> masker, params StaffRole[] roles) => With(FieldAccess.Mask, roles, masker, OwnRow);

    /// <summary>These roles get the value only on rows <paramref name="own"/> says are theirs.</summary>
    public FieldRule AllowOwn(Func<Caller, object?, bool> own, params StaffRole[] roles) => With(FieldAccess.Own, roles, Masker, own);

    private FieldRule With(FieldAccess access, StaffRole[] roles, Func<string, string>? masker, Func<Caller, object?, bool>? own)
    {
        var byRole = (FieldAccess[])_byRole.Clone();
        foreach (var role in roles)
        {
            byRole[(int)role] = access;
        }

        return new FieldRule(byRole, masker, own);
    }

    /// <summary>The rule in words, for the schema's field descriptions.</summary>
    public string Describe()
    {
        string Names(FieldAccess a) => string.Join(", ", Enum.GetValues<StaffRole>().Where(r => _byRole[(int)r] == a).Select(RoleNames.GraphQLName));
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
