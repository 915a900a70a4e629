using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpportunityFunnelKpi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CreatedOn",
                table: "Opportunities",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "FurthestStage",
                table: "Opportunities",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // Opportunities written before these columns: created on their UTC day; a lost one is counted at LEAD (where it
            // got to was not recorded).
            migrationBuilder.Sql("""
                UPDATE "Opportunities" SET "CreatedOn" = date("CreatedAt"),
                    "FurthestStage" = CASE WHEN "Stage" = 'Lost' THEN 'Lead' ELSE "Stage" END;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_ClosedOn",
                table: "Opportunities",
                column: "ClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Opportunities_CreatedOn",
                table: "Opportunities",
                column: "CreatedOn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Opportunities_ClosedOn",
                table: "Opportunities");

            migrationBuilder.DropIndex(
                name: "IX_Opportunities_CreatedOn",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "CreatedOn",
                table: "Opportunities");

            migrationBuilder.DropColumn(
                name: "FurthestStage",
                table: "Opportunities");
        }
    }
}
