using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NodePoint.Modules.Accounts.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResetStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SecurityStamp",
                table: "accounts_password_reset",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SecurityStamp",
                table: "accounts_password_reset");
        }
    }
}
