using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class KpiDsoMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "InvoicedAmount",
                table: "KpiRegionMonthlyFacts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "ReceivableChange",
                table: "KpiRegionMonthlyFacts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "InvoicedAmount",
                table: "KpiMonthlyFacts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "ReceivableChange",
                table: "KpiMonthlyFacts",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InvoicedAmount",
                table: "KpiRegionMonthlyFacts");

            migrationBuilder.DropColumn(
                name: "ReceivableChange",
                table: "KpiRegionMonthlyFacts");

            migrationBuilder.DropColumn(
                name: "InvoicedAmount",
                table: "KpiMonthlyFacts");

            migrationBuilder.DropColumn(
                name: "ReceivableChange",
                table: "KpiMonthlyFacts");
        }
    }
}
