using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Statements;

/// <summary>
/// <c>GET /finance/statements/{id}.csv</c>: one statement as a CSV to send or print (header rows with the customer,
/// month and balances, then one row per line; UTF-8 with BOM so spreadsheets read the Chinese names), behind the same
/// bearer token, field rule and row scope as <c>statement(id:)</c>: a statement the caller does not see is 404.
/// </summary>
public static class StatementCsvEndpoint
{
    /// <summary>The route of the endpoint.</summary>
    public const string Route = "/finance/statements/{id}.csv";

    /// <summary>The header of the line rows.</summary>
    public const string LineHeader = "line,date,kind,document,amount,balance";

    public static IEndpointConventionBuilder MapStatementCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, ServeAsync)
            .RequireFieldAccess("Query", "statement")
            .WithName("StatementCsv")
            .WithDisplayName("Customer statement (CSV)");

    private static async Task<IResult> ServeAsync(string id, HttpContext http, IDbContextFactory<SalesGraphDbContext> databases, CancellationToken cancellationToken)
    {
        if (GlobalId.TryDecode(id) is not { TypeName: "Statement", Id: > 0 and <= int.MaxValue } global)
        {
            return EndpointAuthorization.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "id is not a valid Statement id.");
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var statementId = (int)global.Id;
        var statement = await db.Scoped<Statement>(http.GetCaller()).AsNoTracking()
            .Include(s => s.Customer).Include(s => s.Lines)
            .FirstOrDefaultAsync(s => s.Id == statementId, cancellationToken);
        if (statement is null)
        {
            return EndpointAuthorization.Error(StatusCodes.Status404NotFound, ErrorCodes.NotFound, "No statement with this id in your scope.");
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"statement-{statement.Number}.csv");
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(statement))).ToArray(), "text/csv; charset=utf-8", fileName);
    }

    /// <summary>The statement as CSV text (RFC 4180, CRLF line ends).</summary>
    public static string Write(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var csv = new StringBuilder();
        void Row(params string[] cells) => csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        Row("statement", statement.Number);
        Row("customer_code", statement.Customer?.Code ?? "");
        Row("customer", statement.Customer?.Name ?? "");
        Row("period", $"{Date(statement.PeriodStart)}..{Date(statement.PeriodEnd)}");
        Row("status", statement.Status.ToString().ToUpperInvariant());
        Row("opening_balance", Money(statement.OpeningBalance));
        Row("invoiced", Money(statement.InvoicedAmount));
        Row("credited", Money(statement.CreditedAmount));
        Row("received", Money(statement.ReceivedAmount));
        Row("closing_balance", Money(statement.ClosingBalance));
        csv.Append("\r\n").Append(LineHeader).Append("\r\n");
        foreach (var line in statement.Lines.OrderBy(l => l.LineNo))
        {
            Row(line.LineNo.ToString(CultureInfo.InvariantCulture), Date(line.On), Kind(line.Kind), line.DocumentNumber, Money(line.Amount), Money(line.Balance));
        }

        return csv.ToString();
    }

    private static string Kind(StatementLineKind kind) => kind switch
    {
        StatementLineKind.InvoiceVoided => "INVOICE_VOIDED",
        StatementLineKind.CreditNote => "CREDIT_NOTE",
        _ => kind.ToString().ToUpperInvariant(),
    };

    // Quotes what needs quoting, and defuses text a spreadsheet would run as a formula (=, +, -, @ at the start).
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
