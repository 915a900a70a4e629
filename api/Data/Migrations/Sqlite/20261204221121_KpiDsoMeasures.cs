using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KpiDsoMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "InvoicedAmount",
                table: "KpiRegionMonthlyFacts",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReceivableChange",
                table: "KpiRegionMonthlyFacts",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "InvoicedAmount",
                table: "KpiMonthlyFacts",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ReceivableChange",
                table: "KpiMonthlyFacts",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);
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
