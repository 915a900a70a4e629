using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace SalesGraph.Data.Migrations.Postgres
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CreditPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Grade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreditLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    PaymentTermDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    FromGrade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ToGrade = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProposedById = table.Column<int>(type: "integer", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DecidedById = table.Column<int>(type: "integer", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    { 1, 5000000m, "A", 90, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null, 1 },
                    { 2, 1000000m, "B", 60, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null, 1 },
                    { 3, 200000m, "C", 30, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), null, 1 }
                });

            // Terms that differ from the grade's policy were set by finance: they stay through grade changes (decision 030).
            // Customers without terms yet (0, 0) take the policy at their next grade change.
            migrationBuilder.Sql("""
                UPDATE "Customers" AS c SET "CreditOverride" = TRUE FROM "CreditPolicies" AS p WHERE p."Grade" = c."Grade" AND (p."CreditLimit" <> c."CreditLimit" OR p."PaymentTermDays" <> c."PaymentTermDays") AND NOT (c."CreditLimit" = 0 AND c."PaymentTermDays" = 0);
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
