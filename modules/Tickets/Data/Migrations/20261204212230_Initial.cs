using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NodePoint.Modules.Tickets.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tickets_ticket",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Release = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 99, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 9999, nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolution = table.Column<string>(type: "TEXT", maxLength: 999, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NormalizedCreatedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets_ticket", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tickets_assignee",
                columns: table => new
                {
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets_assignee", x => new { x.TicketId, x.NormalizedUserName });
                    table.ForeignKey(
                        name: "FK_tickets_assignee_tickets_ticket_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets_ticket",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tickets_change",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 999, nullable: false),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 999, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets_change", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tickets_change_tickets_ticket_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets_ticket",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tickets_comment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 9998, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets_comment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tickets_comment_tickets_ticket_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets_ticket",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tickets_follower",
                columns: table => new
                {
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets_follower", x => new { x.TicketId, x.NormalizedUserName });
                    table.ForeignKey(
                        name: "FK_tickets_follower_tickets_ticket_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets_ticket",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_assignee_NormalizedUserName_TicketId",
                table: "tickets_assignee",
                columns: new[] { "NormalizedUserName", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_change_TicketId_Id",
                table: "tickets_change",
                columns: new[] { "TicketId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_comment_TicketId_Id",
                table: "tickets_comment",
                columns: new[] { "TicketId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_follower_NormalizedUserName_TicketId",
                table: "tickets_follower",
                columns: new[] { "NormalizedUserName", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_ticket_NormalizedCreatedBy_Id",
                table: "tickets_ticket",
                columns: new[] { "NormalizedCreatedBy", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_ticket_ProjectId_Id",
                table: "tickets_ticket",
                columns: new[] { "ProjectId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_ticket_Status_Id",
                table: "tickets_ticket",
                columns: new[] { "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tickets_assignee");

            migrationBuilder.DropTable(
                name: "tickets_change");

            migrationBuilder.DropTable(
                name: "tickets_comment");

            migrationBuilder.DropTable(
                name: "tickets_follower");

            migrationBuilder.DropTable(
                name: "tickets_ticket");
        }
    }
}
