using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NodePoint.Modules.Tickets.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchRankOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
