using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SalesGraph.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<decimal>(
                name: "Amount",
                table: "Shipments",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "Shipments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CancelledAt",
                table: "Shipments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CreatedAt",
                table: "Shipments",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "CustomerId",
                table: "Shipments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ExternalId",
                table: "Shipments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOverCredit",
                table: "Shipments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsApproval",
                table: "Shipments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsDirectorApproval",
                table: "Shipments",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReleasedOn",
                table: "Shipments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalesOrderId",
                table: "Shipments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ShipDueOn",
                table: "Shipments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "UnpaidAmount",
                table: "Shipments",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Shipments",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "Shipments",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "WaybillNumber",
                table: "Shipments",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SalesOrderLineId",
                table: "ShipmentLines",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "UnitPrice",
                table: "ShipmentLines",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.CreateTable(
                name: "ShipmentApprovals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ShipmentId = table.Column<int>(type: "integer", nullable: false),
                    SignOff = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApprovedById = table.Column<int>(type: "integer", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

            // Existing notices (each a whole contract) get their customer, the contract's agreed prices, their amount, and
            // the day they were released: the last payment of the contract up to when they shipped (款到发货), from which
            // their due day runs, so the on-time KPI reads the same as it did from the payments.
            migrationBuilder.Sql("""
                UPDATE "Shipments" SET "CustomerId" = (SELECT c."CustomerId" FROM "Contracts" c WHERE c."Id" = "Shipments"."ContractId")
                WHERE "ContractId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE "ShipmentLines" SET "UnitPrice" = COALESCE((
                    SELECT l."AgreedUnitPrice" FROM "ContractLines" l JOIN "Shipments" s ON s."ContractId" = l."ContractId"
                    WHERE s."Id" = "ShipmentLines"."ShipmentId" AND l."ProductId" = "ShipmentLines"."ProductId"
                    ORDER BY l."LineNo" LIMIT 1), 0);
                """);
            migrationBuilder.Sql("""
                UPDATE "Shipments" SET
                    "Amount" = COALESCE((SELECT SUM(l."Quantity" * l."UnitPrice") FROM "ShipmentLines" l WHERE l."ShipmentId" = "Shipments"."Id"), 0),
                    "ReleasedOn" = (SELECT MAX(p."ReceivedOn") FROM "Payments" p
                        WHERE p."ContractId" = "Shipments"."ContractId" AND p."ReceivedOn" <= COALESCE("Shipments"."ShippedOn", "Shipments"."PlannedOn")),
                    "Version" = 1;
                """);
            migrationBuilder.Sql("""
                UPDATE "Shipments" SET "ShipDueOn" = "ReleasedOn" + 3,
                    "CreatedAt" = "PlannedOn"::timestamp AT TIME ZONE 'UTC',
                    "UpdatedAt" = COALESCE("DeliveredOn", "ShippedOn", "PlannedOn")::timestamp AT TIME ZONE 'UTC';
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
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
