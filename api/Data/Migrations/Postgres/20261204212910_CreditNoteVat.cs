using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CreditNoteVat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "NetAmount",
                table: "CreditNotes",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "TaxAmount",
                table: "CreditNotes",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "TaxRate",
                table: "CreditNotes",
                type: "numeric(9,4)",
                precision: 9,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            // Existing notes: the rate of their invoice, else the goods rate; net = gross ÷ (1 + rate) half away from zero
            // to the fen (decision 024; numeric round() rounds half away from zero).
            migrationBuilder.Sql("""
                UPDATE "CreditNotes" n SET "TaxRate" = COALESCE((SELECT i."TaxRate" FROM "Invoices" i WHERE i."Id" = n."InvoiceId"), 0.13);
                UPDATE "CreditNotes" SET "NetAmount" = round("Amount" / (1 + "TaxRate"), 2);
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
