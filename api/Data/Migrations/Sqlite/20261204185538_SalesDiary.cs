using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SalesDiary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DiaryEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VisitsMade = table.Column<int>(type: "INTEGER", nullable: false),
                    CallsMade = table.Column<int>(type: "INTEGER", nullable: false),
                    DealsMoved = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractsDrafted = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractsSubmitted = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplaintsAnswered = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TomorrowPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DiaryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DiaryEntries_Staff_StaffId",
                        column: x => x.StaffId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_Day_Id",
                table: "DiaryEntries",
                columns: new[] { "Day", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_DiaryEntries_StaffId_Day",
                table: "DiaryEntries",
                columns: new[] { "StaffId", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DiaryEntries");
        }
    }
}
