using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReceiptsBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A migration of its own, as DeliveryNoticesBackfill: on SQLite the previous one rebuilds the Payments table.
            // Existing invoices: the open amount and the status follow from what was paid; receipts start empty
            // (payments recorded per contract stay as they are, without a receipt).
            migrationBuilder.Sql("""
                UPDATE "Invoices" SET "OpenAmount" = "Amount" - "PaidAmount",
                    "Status" = CASE WHEN "PaidAmount" <= 0 THEN 'Open' WHEN "PaidAmount" >= "Amount" THEN 'Paid' ELSE 'PartlyPaid' END,
                    "Version" = 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
