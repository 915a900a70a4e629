using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerAccount",
                table: "Receipts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PayerName",
                table: "Receipts",
                type: "TEXT",
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
