using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BankStatementImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Memo",
                table: "Receipts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAccount",
                table: "Receipts",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerName",
                table: "Receipts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_PayerAccount",
                table: "Receipts",
                column: "PayerAccount");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Receipts_PayerAccount",
                table: "Receipts");

            migrationBuilder.DropColumn(
                name: "Memo",
                table: "Receipts");

            migrationBuilder.DropColumn(
                name: "PayerAccount",
                table: "Receipts");

            migrationBuilder.DropColumn(
                name: "PayerName",
                table: "Receipts");
        }
    }
}
