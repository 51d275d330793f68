using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NodePoint.Host.Data.Migrations
{
    /// <inheritdoc />
    public partial class SentNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "host_sent_notification",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_sent_notification", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_host_sent_notification_SentUtc",
                table: "host_sent_notification",
                column: "SentUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "host_sent_notification");
        }
    }
}
