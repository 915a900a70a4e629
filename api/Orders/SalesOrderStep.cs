namespace SalesGraph.Orders;

/// <summary>A step of the sales-order workflow, as <see cref="SalesOrderTransitions"/> knows it.</summary>
public enum SalesOrderStep
{
    /// <summary>confirmSalesOrder: the customer confirmed the order.</summary>
    Confirm,

    /// <summary>A shipment leaves with part of the open quantities.</summary>
    ShipInPart,

    /// <summary>A shipment leaves with the last open quantities.</summary>
    ShipInFull,

    /// <summary>closeSalesOrder: the order is done (a partly shipped order is closed short).</summary>
    Close,

    /// <summary>cancelSalesOrder, with a reason.</summary>
    Cancel,
}
