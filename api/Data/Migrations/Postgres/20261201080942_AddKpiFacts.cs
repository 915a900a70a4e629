using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddKpiFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KpiMonthlyFacts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    SalesAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ListTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CostTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ContractCount = table.Column<int>(type: "integer", nullable: false),
                    CollectedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ReceivablesDue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OverdueChange = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    NewCustomers = table.Column<int>(type: "integer", nullable: false),
                    ShipmentCount = table.Column<int>(type: "integer", nullable: false),
                    OnTimeShipments = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiMonthlyFacts", x => new { x.Year, x.Month, x.RegionId, x.OwnerId, x.Grade });
                    table.ForeignKey(
                        name: "FK_KpiMonthlyFacts_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KpiProductLineFacts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProductLine = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SalesAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ListTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CostTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ContractCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiProductLineFacts", x => new { x.Year, x.Month, x.RegionId, x.OwnerId, x.Grade, x.ProductLine });
                    table.ForeignKey(
                        name: "FK_KpiProductLineFacts_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KpiRegionMonthlyFacts",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SalesAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ListTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CostTotal = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ContractCount = table.Column<int>(type: "integer", nullable: false),
                    CollectedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ReceivablesDue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    OverdueChange = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    NewCustomers = table.Column<int>(type: "integer", nullable: false),
                    ShipmentCount = table.Column<int>(type: "integer", nullable: false),
                    OnTimeShipments = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiRegionMonthlyFacts", x => new { x.Year, x.Month, x.RegionId, x.Grade });
                    table.ForeignKey(
                        name: "FK_KpiRegionMonthlyFacts_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Targets_Year_Scope_Month_RegionId_StaffId_SalesAmount",
                table: "Targets",
                columns: new[] { "Year", "Scope", "Month", "RegionId", "StaffId", "SalesAmount" });

            migrationBuilder.CreateIndex(
                name: "IX_Invoices_SettledOn",
                table: "Invoices",
                column: "SettledOn");

            migrationBuilder.CreateIndex(
                name: "IX_KpiMonthlyFacts_OwnerId_Year_Month",
                table: "KpiMonthlyFacts",
                columns: new[] { "OwnerId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_KpiMonthlyFacts_RegionId",
                table: "KpiMonthlyFacts",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiProductLineFacts_OwnerId_Year_Month",
                table: "KpiProductLineFacts",
                columns: new[] { "OwnerId", "Year", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_KpiProductLineFacts_RegionId",
                table: "KpiProductLineFacts",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiRegionMonthlyFacts_RegionId",
                table: "KpiRegionMonthlyFacts",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpiMonthlyFacts");

            migrationBuilder.DropTable(
                name: "KpiProductLineFacts");

            migrationBuilder.DropTable(
                name: "KpiRegionMonthlyFacts");

            migrationBuilder.DropIndex(
                name: "IX_Targets_Year_Scope_Month_RegionId_StaffId_SalesAmount",
                table: "Targets");

            migrationBuilder.DropIndex(
                name: "IX_Invoices_SettledOn",
                table: "Invoices");
        }
    }
}
