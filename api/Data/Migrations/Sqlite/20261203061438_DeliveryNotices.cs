using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeliveryNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "ContractId",
                table: "Shipments",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "Amount",
                table: "Shipments",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "Shipments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "Shipments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Shipments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "CustomerId",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "Shipments",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOverCredit",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsApproval",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsDirectorApproval",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReleasedOn",
                table: "Shipments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalesOrderId",
                table: "Shipments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ShipDueOn",
                table: "Shipments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnpaidAmount",
                table: "Shipments",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Shipments",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WaybillNumber",
                table: "Shipments",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalesOrderLineId",
                table: "ShipmentLines",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UnitPrice",
                table: "ShipmentLines",
                type: "INTEGER",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "ShipmentApprovals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ShipmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SignOff = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApprovedById = table.Column<int>(type: "INTEGER", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShipmentApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShipmentApprovals_Shipments_ShipmentId",
                        column: x => x.ShipmentId,
                        principalTable: "Shipments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShipmentApprovals_Staff_ApprovedById",
                        column: x => x.ApprovedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_CustomerId_Id",
                table: "Shipments",
                columns: new[] { "CustomerId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_ExternalId",
                table: "Shipments",
                column: "ExternalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_SalesOrderId_Id",
                table: "Shipments",
                columns: new[] { "SalesOrderId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Shipments_Status_ShipDueOn",
                table: "Shipments",
                columns: new[] { "Status", "ShipDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ShipmentLines_SalesOrderLineId",
                table: "ShipmentLines",
                column: "SalesOrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_ShipmentApprovals_ApprovedById",
                table: "ShipmentApprovals",
                column: "ApprovedById");

            migrationBuilder.CreateIndex(
                name: "IX_ShipmentApprovals_ShipmentId_SignOff",
                table: "ShipmentApprovals",
                columns: new[] { "ShipmentId", "SignOff" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ShipmentLines_SalesOrderLines_SalesOrderLineId",
                table: "ShipmentLines",
                column: "SalesOrderLineId",
                principalTable: "SalesOrderLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Shipments_Customers_CustomerId",
                table: "Shipments",
                column: "CustomerId",
                principalTable: "Customers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Shipments_SalesOrders_SalesOrderId",
                table: "Shipments",
                column: "SalesOrderId",
                principalTable: "SalesOrders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);


            // Existing notices get their contract's customer before the table rebuild checks the new foreign key (EF warns
            // that SQL runs while a rebuild is pending: this statement only fills the column the rebuild copies). The rest of
            // the backfill follows in DeliveryNoticesBackfill.
            migrationBuilder.Sql("""
                UPDATE "Shipments" SET "CustomerId" = (SELECT c."CustomerId" FROM "Contracts" c WHERE c."Id" = "Shipments"."ContractId")
                WHERE "ContractId" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ShipmentLines_SalesOrderLines_SalesOrderLineId",
                table: "ShipmentLines");

            migrationBuilder.DropForeignKey(
                name: "FK_Shipments_Customers_CustomerId",
                table: "Shipments");

            migrationBuilder.DropForeignKey(
                name: "FK_Shipments_SalesOrders_SalesOrderId",
                table: "Shipments");

            migrationBuilder.DropTable(
                name: "ShipmentApprovals");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_CustomerId_Id",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_ExternalId",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_SalesOrderId_Id",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_Shipments_Status_ShipDueOn",
                table: "Shipments");

            migrationBuilder.DropIndex(
                name: "IX_ShipmentLines_SalesOrderLineId",
                table: "ShipmentLines");

            migrationBuilder.DropColumn(
                name: "Amount",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "CustomerId",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ExternalId",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "IsOverCredit",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "NeedsApproval",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "NeedsDirectorApproval",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ReleasedOn",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "SalesOrderId",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "ShipDueOn",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "UnpaidAmount",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "WaybillNumber",
                table: "Shipments");

            migrationBuilder.DropColumn(
                name: "SalesOrderLineId",
                table: "ShipmentLines");

            migrationBuilder.DropColumn(
                name: "UnitPrice",
                table: "ShipmentLines");

            migrationBuilder.AlterColumn<int>(
                name: "ContractId",
                table: "Shipments",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
