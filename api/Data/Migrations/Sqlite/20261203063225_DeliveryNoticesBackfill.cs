using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeliveryNoticesBackfill : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A migration of its own: on SQLite the previous one rebuilds the Shipments table, and SQL must run after that.
            // Existing notices (each a whole contract) get the contract's agreed prices, their amount, and
            // the day they were released: the last payment of the contract up to when they shipped (款到发货), from which
            // their due day runs, so the on-time KPI reads the same as it did from the payments.
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
                UPDATE "Shipments" SET "ShipDueOn" = date("ReleasedOn", '+3 days'),
                    "CreatedAt" = "PlannedOn" || ' 00:00:00', "UpdatedAt" = COALESCE("DeliveredOn", "ShippedOn", "PlannedOn") || ' 00:00:00';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
