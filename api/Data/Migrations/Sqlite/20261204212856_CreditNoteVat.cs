using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditNoteVat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NetAmount",
                table: "CreditNotes",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxAmount",
                table: "CreditNotes",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TaxRate",
                table: "CreditNotes",
                type: "INTEGER",
                precision: 9,
                scale: 4,
                nullable: false,
                defaultValue: 0L);

            // Existing notes: the rate of their invoice, else the goods rate; net = gross ÷ (1 + rate) half away from zero
            // to the fen (decision 024). Decimals are stored scaled here (fen; the rate in 1/10,000), so this is exact
            // integer arithmetic: round(a / b) = (2a + b) / 2b for positive a and b.
            migrationBuilder.Sql("""
                UPDATE "CreditNotes" SET "TaxRate" = COALESCE((SELECT i."TaxRate" FROM "Invoices" i WHERE i."Id" = "CreditNotes"."InvoiceId"), 1300);
                UPDATE "CreditNotes" SET "NetAmount" = (2 * "Amount" * 10000 + (10000 + "TaxRate")) / (2 * (10000 + "TaxRate"));
                UPDATE "CreditNotes" SET "TaxAmount" = "Amount" - "NetAmount";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NetAmount",
                table: "CreditNotes");

            migrationBuilder.DropColumn(
                name: "TaxAmount",
                table: "CreditNotes");

            migrationBuilder.DropColumn(
                name: "TaxRate",
                table: "CreditNotes");
        }
    }
}
