using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_commented",
                table: "tickets",
                column: "ClosedAt",
                filter: "\"ClosureComment\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "GroupId", "AgentId", "ServiceId", "CategoryId", "LocationId", "SubstateId", "Priority", "Origin", "Type", "State", "RespondedAt", "ResponseDueAt", "ResponseBreached", "ResolvedAt", "ResolutionDueAt", "ResolutionBreached", "ResolutionWarnAt", "ClosureResult", "Rating", "IncorrectAnswers", "Revocations", "EscalatedAt", "ResponseWorkingMinutes", "ResolutionWorkingMinutes", "UnplacedReason" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tickets_commented",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets",
                column: "CreatedAt");
        }
    }
}
