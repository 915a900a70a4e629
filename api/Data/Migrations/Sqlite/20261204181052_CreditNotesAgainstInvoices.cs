using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditNotesAgainstInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CreditedAmount",
                table: "Invoices",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AlterColumn<int>(
                name: "ReturnRequestId",
                table: "CreditNotes",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "AppliedAmount",
                table: "CreditNotes",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<int>(
                name: "InvoiceId",
                table: "CreditNotes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IssuedById",
                table: "CreditNotes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "CreditNotes",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditNotes_InvoiceId",
                table: "CreditNotes",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CreditNotes_IssuedById",
                table: "CreditNotes",
                column: "IssuedById");

            migrationBuilder.AddForeignKey(
                name: "FK_CreditNotes_Invoices_InvoiceId",
                table: "CreditNotes",
                column: "InvoiceId",
                principalTable: "Invoices",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CreditNotes_Staff_IssuedById",
                table: "CreditNotes",
                column: "IssuedById",
                principalTable: "Staff",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CreditNotes_Invoices_InvoiceId",
                table: "CreditNotes");

            migrationBuilder.DropForeignKey(
                name: "FK_CreditNotes_Staff_IssuedById",
                table: "CreditNotes");

            migrationBuilder.DropIndex(
                name: "IX_CreditNotes_InvoiceId",
                table: "CreditNotes");

            migrationBuilder.DropIndex(
                name: "IX_CreditNotes_IssuedById",
                table: "CreditNotes");

            migrationBuilder.DropColumn(
                name: "CreditedAmount",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "AppliedAmount",
                table: "CreditNotes");

            migrationBuilder.DropColumn(
                name: "InvoiceId",
                table: "CreditNotes");

            migrationBuilder.DropColumn(
                name: "IssuedById",
                table: "CreditNotes");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "CreditNotes");

            migrationBuilder.AlterColumn<int>(
                name: "ReturnRequestId",
                table: "CreditNotes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
