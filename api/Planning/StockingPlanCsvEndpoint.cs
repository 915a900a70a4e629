using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SalesGraph.Auth;
using SalesGraph.Calendar;
using SalesGraph.Data;
using SalesGraph.Data.Entities;
using SalesGraph.GraphQL.Errors;
using SalesGraph.GraphQL.Relay;

namespace SalesGraph.Planning;

/// <summary>
/// <c>GET /planning/stocking-plan.csv?from=&amp;to=&amp;productId=</c>: the stocking plan of <c>stockingPlan</c> as a CSV for
/// production (one row per open order line, UTF-8 with BOM so spreadsheets read the Chinese names), behind the same
/// bearer token and the same field rule as the query.
/// </summary>
public static class StockingPlanCsvEndpoint
{
    /// <summary>The route of the endpoint.</summary>
    public const string Route = "/planning/stocking-plan.csv";

    /// <summary>The header row: no column carries an address, phone or contact person.</summary>
    public const string Header = "week,week_starts_on,sku,product,product_line,order_number,order_status,customer_code,customer,requested_on,confirmed_at,ordered,shipped,open";

    public static IEndpointConventionBuilder MapStockingPlanCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Route, ServeAsync)
            .RequireFieldAccess("Query", "stockingPlan")
            .WithName("StockingPlanCsv")
            .WithDisplayName("Production stocking plan (CSV)");

    private static async Task<IResult> ServeAsync(
        HttpContext http, IDbContextFactory<SalesGraphDbContext> databases, BusinessCalendar calendar, CancellationToken cancellationToken)
    {
        var query = http.Request.Query;
        if (!TryDate(query["from"], out var from) || !TryDate(query["to"], out var to))
        {
            return EndpointAuthorization.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "from and to are dates written yyyy-MM-dd.");
        }

        if (from > to)
        {
            return EndpointAuthorization.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "from must not be after to.");
        }

        int? productId = null;
        if (!string.IsNullOrEmpty(query["productId"]))
        {
            if (GlobalId.TryDecode(query["productId"]) is not { TypeName: "Product", Id: > 0 and <= int.MaxValue } product)
            {
                return EndpointAuthorization.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "productId is not a valid Product id.");
            }

            productId = (int)product.Id;
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var plan = StockingPlan.Arrange(await OpenOrderLines.ReadAsync(db, http.GetCaller(), from, to, productId, cancellationToken));
        var fileName = string.Create(CultureInfo.InvariantCulture, $"stocking-plan-{calendar.Today:yyyy-MM-dd}.csv");
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(plan))).ToArray(), "text/csv; charset=utf-8", fileName);
    }

    /// <summary>The plan as CSV text (RFC 4180, CRLF line ends), one row per open order line.</summary>
    public static string Write(IEnumerable<StockingPlanWeek> plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var week in plan)
        {
            foreach (var line in week.Lines)
            {
                string[] cells =
                [
                    week.Week, Date(week.WeekStartsOn), week.ProductSku, week.ProductName, week.ProductLine, line.OrderNumber,
                    line.OrderStatus == SalesOrderStatus.PartlyShipped ? "PARTLY_SHIPPED" : line.OrderStatus.ToString().ToUpperInvariant(),
                    line.CustomerCode, line.CustomerName, Date(line.RequestedOn),
                    line.ConfirmedAt?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "",
                    Number(line.OrderedQuantity), Number(line.ShippedQuantity), Number(line.OpenQuantity),
                ];
                csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
            }
        }

        return csv.ToString();
    }

    // Quotes what needs quoting, and defuses text a spreadsheet would run as a formula (=, +, -, @ at the start).
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static bool IsNumber(string value) => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
