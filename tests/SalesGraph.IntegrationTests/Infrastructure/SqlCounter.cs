using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SalesGraph.IntegrationTests.Infrastructure;

/// <summary>Counts executed SQL statements, for N+1 tests, and keeps their text, for tests of what they read.</summary>
public sealed class SqlCounter : DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _statements = new();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    /// <summary>The text of the statements executed since the last <see cref="Reset"/>.</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        _statements.Clear();
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _statements.Enqueue(command.CommandText);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Interlocked.Increment(ref _count);
        _statements.Enqueue(command.CommandText);
        return base.ReaderExecuted(command, eventData, result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        _statements.Enqueue(command.CommandText);
        return base.ScalarExecutedAsync(command, eventData, result, cancellationToken);
    }
}
