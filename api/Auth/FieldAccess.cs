namespace SalesGraph.Auth;

/// <summary>What a caller gets of a field.</summary>
public enum FieldAccess
{
    /// <summary>The value.</summary>
    Allow,

    /// <summary>A masked value (<c>138****5678</c>), never the whole one.</summary>
    Mask,

    /// <summary><c>null</c> with an <c>AUTH_NOT_AUTHORIZED</c> error.</summary>
    Deny,

    /// <summary>The value for some rows (e.g. the caller's own salary, or its reports'), denied for the others.</summary>
    Own,
}
