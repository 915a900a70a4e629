using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SalesGraph.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CollectionNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CollectionNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CustomerId = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OverdueAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LevelSince = table.Column<DateOnly>(type: "date", nullable: false),
                    PromisedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PromisedAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    PromiseNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PromisedById = table.Column<int>(type: "integer", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionNotices_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollectionNotices_Staff_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CollectionNotices_Staff_PromisedById",
                        column: x => x.PromisedById,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CollectionNoticeItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CollectionNoticeId = table.Column<int>(type: "integer", nullable: false),
                    InvoiceId = table.Column<int>(type: "integer", nullable: false),
                    InvoiceNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DaysOverdue = table.Column<int>(type: "integer", nullable: false),
                    OpenAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CollectionNoticeItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CollectionNoticeItems_CollectionNotices_CollectionNoticeId",
                        column: x => x.CollectionNoticeId,
                        principalTable: "CollectionNotices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CollectionNoticeItems_Invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionNoticeItems_CollectionNoticeId_Id",
                table: "CollectionNoticeItems",
                columns: new[] { "CollectionNoticeId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionNoticeItems_InvoiceId",
                table: "CollectionNoticeItems",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionNotices_CustomerId_Status",
                table: "CollectionNotices",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CollectionNotices_Number",
                table: "CollectionNotices",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CollectionNotices_OwnerId",
                table: "CollectionNotices",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionNotices_PromisedById",
                table: "CollectionNotices",
                column: "PromisedById");

            migrationBuilder.CreateIndex(
                name: "IX_CollectionNotices_Status_Level_Id",
                table: "CollectionNotices",
                columns: new[] { "Status", "Level", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CollectionNoticeItems");

            migrationBuilder.DropTable(
                name: "CollectionNotices");
        }
    }
}
