using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NodePoint.Modules.Tickets.Data.Migrations
{
    /// <inheritdoc />
    public partial class FormsAttachmentsSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Custom",
                table: "tickets_ticket",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedUtc",
                table: "tickets_comment",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "tickets_attachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<int>(type: "INTEGER", nullable: false),
                    CommentId = table.Column<int>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets_attachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_tickets_attachment_tickets_comment_CommentId",
                        column: x => x.CommentId,
                        principalTable: "tickets_comment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_tickets_attachment_tickets_ticket_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets_ticket",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tickets_form",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Fields = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tickets_form", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_ticket_ModifiedUtc_Id",
                table: "tickets_ticket",
                columns: new[] { "ModifiedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_ticket_Priority_Id",
                table: "tickets_ticket",
                columns: new[] { "Priority", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_ticket_ProjectId_Status_Id",
                table: "tickets_ticket",
                columns: new[] { "ProjectId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_attachment_CommentId",
                table: "tickets_attachment",
                column: "CommentId");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_attachment_TicketId_Id",
                table: "tickets_attachment",
                columns: new[] { "TicketId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_tickets_form_ProjectId",
                table: "tickets_form",
                column: "ProjectId");

            migrationBuilder.Sql(TicketSearchIndex.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(TicketSearchIndex.Drop);

            migrationBuilder.DropTable(
                name: "tickets_attachment");

            migrationBuilder.DropTable(
                name: "tickets_form");

            migrationBuilder.DropIndex(
                name: "IX_tickets_ticket_ModifiedUtc_Id",
                table: "tickets_ticket");

            migrationBuilder.DropIndex(
                name: "IX_tickets_ticket_Priority_Id",
                table: "tickets_ticket");

            migrationBuilder.DropIndex(
                name: "IX_tickets_ticket_ProjectId_Status_Id",
                table: "tickets_ticket");

            migrationBuilder.DropColumn(
                name: "Custom",
                table: "tickets_ticket");

            migrationBuilder.DropColumn(
                name: "ModifiedUtc",
                table: "tickets_comment");
        }
    }
}
