using System.Linq.Expressions;

namespace SalesGraph.GraphQL.Querying;

/// <summary>One key of an ordering over <typeparamref name="T"/>: a member expression and a direction.</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed class SortKey<T>
{
    private readonly Lazy<Func<T, object?>> _read;

    /// <summary>A key ordering by <paramref name="selector"/> (a lambda over <typeparamref name="T"/>), descending when <paramref name="descending"/>.</summary>
    public SortKey(LambdaExpression selector, bool descending)
    {
        ArgumentNullException.ThrowIfNull(selector);
        Selector = selector;
        Descending = descending;
        var boxed = Expression.Lambda<Func<T, object?>>(Expression.Convert(selector.Body, typeof(object)), selector.Parameters);
        _read = new Lazy<Func<T, object?>>(boxed.Compile);
    }

    /// <summary>The key, e.g. <c>c => c.SignedOn</c>.</summary>
    public LambdaExpression Selector { get; }

    /// <summary>True for descending order.</summary>
    public bool Descending { get; }

    /// <summary>The CLR type of the key.</summary>
    public Type KeyType => Selector.ReturnType;

    /// <summary>Reads the key of a loaded row, for its cursor.</summary>
    public object? Read(T row) => _read.Value(row);

    /// <summary>The same key in the other direction.</summary>
    public SortKey<T> Reversed() => new(Selector, !Descending);

    /// <summary>An ascending key.</summary>
    public static SortKey<T> Ascending<TKey>(Expression<Func<T, TKey>> selector) => new(selector, false);
}
