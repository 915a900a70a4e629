namespace SalesGraph.Auth;

/// <summary>
/// The claim names SalesGraph access tokens carry. They are short JWT names (not the long WS-* URIs), because inbound
/// claim mapping is off: an external OpenID Connect issuer must emit the same names.
/// </summary>
public static class SalesGraphClaimTypes
{
    /// <summary>The account id (for tokens issued by SalesGraph) or the external subject.</summary>
    public const string Subject = "sub";

    /// <summary>The username, or the client id of a service account.</summary>
    public const string Name = "name";

    /// <summary>The <see cref="Data.Entities.StaffRole"/> name, e.g. <c>SalesRep</c> (<c>SALES_REP</c> is accepted too).</summary>
    public const string Role = "role";

    /// <summary>The staff record of a person.</summary>
    public const string StaffId = "staff_id";

    /// <summary>The region of the staff record, when it has one.</summary>
    public const string RegionId = "region_id";

    /// <summary>The <see cref="ClientKind"/> in lower case: <c>spa</c>, <c>bi</c> or <c>integration</c>.</summary>
    public const string Client = "client";

    /// <summary>Space-separated grants of a service account (the OAuth2 <c>scope</c> claim).</summary>
    public const string Scope = "scope";
}
