using Microsoft.Extensions.Options;

namespace SalesGraph.Orders;

/// <summary>The order desk's service levels (bound from <c>OrderDesk</c>), from the sources' figures.</summary>
public sealed class OrderDeskOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "OrderDesk";

    /// <summary>Hours after submission within which the customer's confirmation is due (sources: 4).</summary>
    public int ConfirmationHours { get; set; } = 4;

    /// <summary>Days after payment within which goods ship (款到后3天内发货; one procedure says 2 working days).</summary>
    public int ShipWithinDays { get; set; } = 3;

    /// <summary>Unpaid goods on a delivery notice above this amount (CNY) need the director's approval as well.</summary>
    public decimal DirectorUnpaidAmount { get; set; } = 200_000m;
}

/// <summary>Refuses to start with service levels that mean nothing.</summary>
public sealed class OrderDeskOptionsValidator : IValidateOptions<OrderDeskOptions>
{
    public ValidateOptionsResult Validate(string? name, OrderDeskOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ConfirmationHours is < 1 or > 168)
        {
            failures.Add("OrderDesk:ConfirmationHours must be between 1 and 168.");
        }

        if (options.ShipWithinDays is < 0 or > 60)
        {
            failures.Add("OrderDesk:ShipWithinDays must be between 0 and 60.");
        }

        if (options.DirectorUnpaidAmount < 0)
        {
            failures.Add("OrderDesk:DirectorUnpaidAmount must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
