using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenTicketsIndexWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tickets_open",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_open",
                table: "tickets",
                columns: new[] { "GroupId", "AgentId", "State", "ResolutionBreached", "ResponseBreached", "ResolutionDueAt", "Id" },
                filter: "\"State\" IN ('New', 'Assigned', 'Resolved')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tickets_open",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_open",
                table: "tickets",
                columns: new[] { "GroupId", "AgentId", "State", "ResolutionBreached", "ResponseBreached", "ResolutionDueAt" },
                filter: "\"State\" IN ('New', 'Assigned', 'Resolved')");
        }
    }
}
