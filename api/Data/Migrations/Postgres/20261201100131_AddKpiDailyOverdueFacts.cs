using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddKpiDailyOverdueFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KpiDailyOverdueFacts",
                columns: table => new
                {
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: false),
                    OverdueChange = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiDailyOverdueFacts", x => new { x.On, x.RegionId, x.OwnerId, x.Grade });
                    table.ForeignKey(
                        name: "FK_KpiDailyOverdueFacts_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KpiRegionDailyOverdueFacts",
                columns: table => new
                {
                    On = table.Column<DateOnly>(type: "date", nullable: false),
                    RegionId = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OverdueChange = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpiRegionDailyOverdueFacts", x => new { x.On, x.RegionId, x.Grade });
                    table.ForeignKey(
                        name: "FK_KpiRegionDailyOverdueFacts_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpiDailyOverdueFacts_OwnerId",
                table: "KpiDailyOverdueFacts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiDailyOverdueFacts_RegionId",
                table: "KpiDailyOverdueFacts",
                column: "RegionId");

            migrationBuilder.CreateIndex(
                name: "IX_KpiRegionDailyOverdueFacts_RegionId",
                table: "KpiRegionDailyOverdueFacts",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpiDailyOverdueFacts");

            migrationBuilder.DropTable(
                name: "KpiRegionDailyOverdueFacts");
        }
    }
}
