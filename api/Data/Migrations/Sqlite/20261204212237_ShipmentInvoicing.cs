using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ShipmentInvoicing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "InvoicedAmount",
                table: "Shipments",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "InvoiceShipments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvoiceId = table.Column<int>(type: "INTEGER", nullable: false),
                    ShipmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceShipments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceShipments_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InvoiceShipments_Shipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "Shipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Receipts_BankReference",
                table: "Receipts",
                column: "BankReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceShipments_InvoiceId_ShipmentId",
                table: "InvoiceShipments",
                columns: new[] { "InvoiceId", "ShipmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceShipments_ShipmentId_Id",
                table: "InvoiceShipments",
                columns: new[] { "ShipmentId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InvoiceShipments");

            migrationBuilder.DropIndex(
                name: "IX_Receipts_BankReference",
                table: "Receipts");

            migrationBuilder.DropColumn(
                name: "InvoicedAmount",
                table: "Shipments");
        }
    }
}
