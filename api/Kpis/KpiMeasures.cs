using System.Linq.Expressions;
using SalesGraph.Auth;
using SalesGraph.Data.Entities;

namespace SalesGraph.Kpis;

/// <summary>
/// The KPI measures as docs/domain.md defines them on the base tables, each written once: the summary tables are built from
/// these (<see cref="KpiFacts"/>), and the tests' checking reader computes KPI rows from the same definitions to compare
/// with what is read from the summary tables. Overdue receivables, a balance, are dated changes (<see cref="OverdueEvents"/>).
/// </summary>
public static class KpiMeasures
{
    /// <summary>Contracts counted in sales (<see cref="KpiFacts.Counted"/>), by signing day.</summary>
    public static readonly KpiMeasure<Contract, SalesMeasures> Sales = new(
        [KpiFacts.Counted], c => c.SignedOn!.Value, KpiBooking.OfContract,
        c => new SalesMeasures { Sales = c.AgreedTotal, ListTotal = c.ListTotal, Cost = c.CostTotal, Contracts = 1 });

    /// <summary>Payments, by day received.</summary>
    public static readonly KpiMeasure<Payment, FlowMeasures> Collected = new(
        [], p => p.ReceivedOn, p => KpiBooking.OfContract.Apply(p.Contract!), p => new FlowMeasures { Collected = p.Amount });

    /// <summary>Invoices not void, by due day.</summary>
    public static readonly KpiMeasure<Invoice, FlowMeasures> FallingDue = new(
        [i => i.Status != InvoiceStatus.Void], i => i.DueOn, i => KpiBooking.OfContract.Apply(i.Contract!), i => new FlowMeasures { FallingDue = i.Amount });

    /// <summary>Invoices not void, by issue day: what was billed (DSO's denominator).</summary>
    public static readonly KpiMeasure<Invoice, FlowMeasures> Invoiced = new(
        [i => i.Status != InvoiceStatus.Void], i => i.IssuedOn, i => KpiBooking.OfContract.Apply(i.Contract!), i => new FlowMeasures { Invoiced = i.Amount });

    /// <summary>Customers, by the day of their first contract.</summary>
    public static readonly KpiMeasure<Customer, FlowMeasures> NewCustomers = new(
        [c => c.FirstContractOn != null], c => c.FirstContractOn!.Value, KpiBooking.OfCustomer, c => new FlowMeasures { NewCustomers = 1 });

    /// <summary>
    /// Shipments shipped, not cancelled (<see cref="KpiFacts.Shipped"/>), by day shipped, booked to their customer (an
    /// order without contract has no contract to book to); of those, the ones on time (<see cref="KpiFacts.OnTime"/>).
    /// Both counts come from one pass over the shipments.
    /// </summary>
    public static readonly KpiMeasure<Shipment, FlowMeasures> Shipments = new(
        [KpiFacts.Shipped], s => s.ShippedOn!.Value, s => KpiBooking.OfCustomer.Apply(s.Customer!),
        s => new FlowMeasures { Shipments = 1, OnTimeShipments = KpiFacts.OnTime.Apply(s) ? 1 : 0 });

    /// <summary>
    /// Credit notes for returned goods shipped under a contract, by day issued, booked to that contract as its sales are:
    /// sales net of returns is sales less these, and the gross sales figure stays as it is. Returns of goods shipped
    /// without contract are left out, as their sales are.
    /// </summary>
    public static readonly KpiMeasure<CreditNote, FlowMeasures> Returns = new(
        [n => n.ReturnRequest!.Shipment!.ContractId != null], n => n.IssuedOn, n => KpiBooking.OfContract.Apply(n.ReturnRequest!.Shipment!.Contract!), n => new FlowMeasures { Returned = n.Amount });

    /// <summary>What a contract's lines of one product line add to sales by product line.</summary>
    public static readonly Expression<Func<ContractLineSales, SalesMeasures>> LineSales = x => new SalesMeasures
    {
        Sales = x.Agreed, ListTotal = x.List, Cost = x.Cost, Contracts = 1,
    };

    /// <summary>
    /// Counted contracts' lines summed per contract and product line, with the contract's keys: a contract counts once
    /// per product line it has lines of (<see cref="LineSales"/>).
    /// </summary>
    public static IQueryable<ContractLineSales> SalesByLine(IQueryable<ContractLine> lines) => lines
        .Where(RowScopes.Via((ContractLine l) => l.Contract!, KpiFacts.Counted))
        .GroupBy(l => new
        {
            l.ContractId,
            l.Contract!.SignedOn!.Value.Year,
            l.Contract.SignedOn.Value.Month,
            l.Contract.RegionId,
            l.Contract.OwnerId,
            l.Contract.Customer!.Grade,
            l.Product!.ProductLine,
        })
        .Select(g => new ContractLineSales
        {
            Year = g.Key.Year, Month = g.Key.Month, RegionId = g.Key.RegionId, OwnerId = g.Key.OwnerId, Grade = g.Key.Grade, ProductLine = g.Key.ProductLine,
            Agreed = g.Sum(l => l.Quantity * l.AgreedUnitPrice),
            List = g.Sum(l => l.Quantity * l.ListUnitPrice),
            Cost = g.Sum(l => l.Quantity * l.UnitCost),
        });
}
