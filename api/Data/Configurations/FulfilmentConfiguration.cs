using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SalesGraph.Data.Entities;

namespace SalesGraph.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.HasIndex(i => i.Number).IsUnique();
        b.HasIndex(i => new { i.ContractId, i.Id });
        b.HasIndex(i => i.DueOn);
        b.HasIndex(i => i.IssuedOn);
        // The overdue changes of the current month read the invoices settled in it (KpiReader).
        b.HasIndex(i => i.SettledOn);
        b.Property(i => i.Number).HasMaxLength(32);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.Property(i => i.TaxRate).HasPrecision(9, 4);
        b.Property(i => i.BuyerTaxNumber).HasMaxLength(20);
        b.Property(i => i.VoidReason).HasMaxLength(500);
        // Finance's lists read open invoices by status, oldest due first.
        b.HasIndex(i => new { i.Status, i.DueOn });
        b.HasOne(i => i.Contract).WithMany(c => c.Invoices).HasForeignKey(i => i.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InvoiceShipmentConfiguration : IEntityTypeConfiguration<InvoiceShipment>
{
    public void Configure(EntityTypeBuilder<InvoiceShipment> b)
    {
        b.HasIndex(l => new { l.InvoiceId, l.ShipmentId }).IsUnique();
        b.HasIndex(l => new { l.ShipmentId, l.Id });
        b.HasOne(l => l.Invoice).WithMany(i => i.Shipments).HasForeignKey(l => l.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.Shipment).WithMany().HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.HasIndex(p => p.Number).IsUnique();
        b.HasIndex(p => p.ExternalId).IsUnique();
        b.HasIndex(p => new { p.ContractId, p.Id });
        b.HasIndex(p => p.InvoiceId);
        b.HasIndex(p => p.ReceivedOn);
        b.Property(p => p.Number).HasMaxLength(32);
        b.Property(p => p.ExternalId).HasMaxLength(100);
        b.HasOne(p => p.Contract).WithMany(c => c.Payments).HasForeignKey(p => p.ContractId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Invoice).WithMany().HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ConfirmedBy).WithMany().HasForeignKey(p => p.ConfirmedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ReceiptId, p.Id });
        b.HasOne(p => p.Receipt).WithMany(r => r.Applications).HasForeignKey(p => p.ReceiptId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> b)
    {
        b.HasIndex(r => r.Number).IsUnique();
        b.HasIndex(r => new { r.CustomerId, r.Id });
        b.HasIndex(r => r.ReceivedOn);
        b.Property(r => r.Number).HasMaxLength(32);
        b.Property(r => r.BankReference).HasMaxLength(100);
        // A bank line is imported once (importBankStatement reports a repeat as DUPLICATE); the index settles a race.
        b.HasIndex(r => r.BankReference).IsUnique();
        b.Property(r => r.PayerName).HasMaxLength(200);
        b.Property(r => r.PayerAccount).HasMaxLength(64);
        b.Property(r => r.Memo).HasMaxLength(500);
        // The import matches a payer's account against the receipts imported before.
        b.HasIndex(r => r.PayerAccount);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne(r => r.Customer).WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.RecordedBy).WithMany().HasForeignKey(r => r.RecordedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.HasIndex(s => s.NoticeNumber).IsUnique();
        b.HasIndex(s => s.ExternalId).IsUnique();
        b.HasIndex(s => new { s.ContractId, s.Id });
        b.HasIndex(s => new { s.CustomerId, s.Id });
        b.HasIndex(s => new { s.SalesOrderId, s.Id });
        // The clerk's queues read open notices by status and date (due today, late against the 3-day rule).
        b.HasIndex(s => new { s.Status, s.ShipDueOn });
        b.HasIndex(s => s.ShippedOn);
        b.Property(s => s.NoticeNumber).HasMaxLength(32);
        b.Property(s => s.WaybillNumber).HasMaxLength(64);
        b.Property(s => s.ExternalId).HasMaxLength(100);
        b.Property(s => s.CancellationReason).HasMaxLength(1000);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasOne(s => s.Customer).WithMany().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.SalesOrder).WithMany(o => o.Shipments).HasForeignKey(s => s.SalesOrderId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Contract).WithMany(c => c.Shipments).HasForeignKey(s => s.ContractId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShipmentLineConfiguration : IEntityTypeConfiguration<ShipmentLine>
{
    public void Configure(EntityTypeBuilder<ShipmentLine> b)
    {
        b.HasIndex(l => l.ShipmentId);
        b.HasIndex(l => l.SalesOrderLineId);
        b.HasOne(l => l.Shipment).WithMany(s => s.Lines).HasForeignKey(l => l.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(l => l.SalesOrderLine).WithMany().HasForeignKey(l => l.SalesOrderLineId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(l => l.Product).WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ShipmentApprovalConfiguration : IEntityTypeConfiguration<ShipmentApproval>
{
    public void Configure(EntityTypeBuilder<ShipmentApproval> b)
    {
        b.HasIndex(a => new { a.ShipmentId, a.SignOff }).IsUnique();
        b.Property(a => a.Comment).HasMaxLength(1000);
        b.HasOne(a => a.Shipment).WithMany(s => s.Approvals).HasForeignKey(a => a.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.ApprovedBy).WithMany().HasForeignKey(a => a.ApprovedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> b)
    {
        b.HasIndex(t => new { t.Year, t.Scope, t.RegionId, t.StaffId, t.Quarter, t.Month });
        // Covers the KPIs' read of the reps' monthly targets of a year (KpiReader), so it never touches the table.
        b.HasIndex(t => new { t.Year, t.Scope, t.Month, t.RegionId, t.StaffId, t.SalesAmount });
        b.HasIndex(t => t.ParentId);
        b.Property(t => t.Version).IsConcurrencyToken();
        b.HasOne(t => t.Parent).WithMany(t => t.Children).HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Region).WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(t => t.Staff).WithMany().HasForeignKey(t => t.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.HasIndex(a => new { a.CustomerId, a.Id });
        b.HasIndex(a => new { a.StaffId, a.OccurredAt });
        b.Property(a => a.Notes).HasMaxLength(2000);
        b.HasOne(a => a.Customer).WithMany(c => c.Activities).HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(a => a.Staff).WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
