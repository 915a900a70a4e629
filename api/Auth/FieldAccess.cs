using System.ComponentModel;

namespace SalesGraph.Auth;

/// <summary>What a caller gets of a field.</summary>
[Description("What a caller gets of a field.")]
public enum FieldAccess
{
    /// <summary>The value.</summary>
    [Description("The value.")]
    Allow,

    /// <summary>A masked value (<c>138****5678</c>), never the whole one.</summary>
    [Description("A masked value (138****5678), never the whole one.")]
    Mask,

    /// <summary><c>null</c> with an <c>AUTH_NOT_AUTHORIZED</c> error.</summary>
    [Description("null with an AUTH_NOT_AUTHORIZED error.")]
    Deny,

    /// <summary>The value for some rows (e.g. the caller's own salary, or its reports'), denied for the others.</summary>
    [Description("The value for some rows (e.g. the caller's own salary, or its reports'), denied for the others.")]
    Own,
}
