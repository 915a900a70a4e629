using System.Collections.Concurrent;

namespace SalesGraph.Auth;

/// <summary>The denied fields already reported in this request (scoped), so a list reports each field once.</summary>
public sealed class DeniedFields
{
    private readonly ConcurrentDictionary<string, byte> _reported = new(StringComparer.Ordinal);

    /// <summary>True the first time <paramref name="fieldPath"/> (a response path without list indices) is reported.</summary>
    public bool FirstTime(string fieldPath) => _reported.TryAdd(fieldPath, 0);
}
