namespace SalesGraph.Auth;

/// <summary>The kind of client a token was issued to; recorded in audit entries and used by authorization rules.</summary>
public enum ClientKind
{
    /// <summary>A person through the SalesGraph web app (password grant).</summary>
    Spa,

    /// <summary>A BI tool's service account (client credentials, read-only aggregates).</summary>
    Bi,

    /// <summary>Another internal system (ERP, order desk) acting through its grants.</summary>
    Integration,
}
