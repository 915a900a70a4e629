using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SalesGraph.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditPolicyAndGradeProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "CreditOverride",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CreditPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreditLimit = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedById = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CreditPolicies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CreditPolicies_Staff_UpdatedById",
                        column: x => x.UpdatedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GradeProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomerId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromGrade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToGrade = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProposedById = table.Column<int>(type: "INTEGER", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedById = table.Column<int>(type: "INTEGER", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GradeProposals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GradeProposals_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeProposals_Staff_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GradeProposals_Staff_ProposedById",
                        column: x => x.ProposedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "CreditPolicies",
                columns: new[] { "Id", "CreditLimit", "Grade", "PaymentTermDays", "UpdatedAt", "UpdatedById", "Version" },
                values: new object[,]
                {
                    { 1, 500000000L, "A", 90, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null, 1 },
                    { 2, 100000000L, "B", 60, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null, 1 },
                    { 3, 20000000L, "C", 30, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null, 1 }
                });

            // Terms that differ from the grade's policy were set by finance: they stay through grade changes (decision 030).
            // Customers without terms yet (0, 0) take the policy at their next grade change.
            migrationBuilder.Sql("""
                UPDATE "Customers" SET "CreditOverride" = 1 WHERE NOT ("CreditLimit" = 0 AND "PaymentTermDays" = 0) AND EXISTS (SELECT 1 FROM "CreditPolicies" AS p WHERE p."Grade" = "Customers"."Grade" AND (p."CreditLimit" <> "Customers"."CreditLimit" OR p."PaymentTermDays" <> "Customers"."PaymentTermDays"));
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CreditPolicies_Grade",
                table: "CreditPolicies",
                column: "Grade",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CreditPolicies_UpdatedById",
                table: "CreditPolicies",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_GradeProposals_CustomerId_Status",
                table: "GradeProposals",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_GradeProposals_DecidedById",
                table: "GradeProposals",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_GradeProposals_ProposedById",
                table: "GradeProposals",
                column: "ProposedById");

            migrationBuilder.CreateIndex(
                name: "IX_GradeProposals_Status_Id",
                table: "GradeProposals",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CreditPolicies");

            migrationBuilder.DropTable(
                name: "GradeProposals");

            migrationBuilder.DropColumn(
                name: "CreditOverride",
                table: "Customers");
        }
    }
}
