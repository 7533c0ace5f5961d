using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AgentsToolsMergeSplitTimeSpent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets");

            migrationBuilder.AddColumn<long>(
                name: "MergedIntoId",
                table: "tickets",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesSpent",
                table: "tickets",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SplitFromId",
                table: "tickets",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesSpent",
                table: "ticket_actions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresTimeSpent",
                table: "services",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "GroupId", "AgentId", "ServiceId", "CategoryId", "LocationId", "SubstateId", "Priority", "Origin", "Type", "State", "RespondedAt", "ResponseDueAt", "ResponseBreached", "ResolvedAt", "ResolutionDueAt", "ResolutionBreached", "ResolutionWarnAt", "ClosureResult", "Rating", "IncorrectAnswers", "Revocations", "EscalatedAt", "ResponseWorkingMinutes", "ResolutionWorkingMinutes", "UnplacedReason", "MinutesSpent" });

            migrationBuilder.AddForeignKey(
                name: "FK_tickets_tickets_MergedIntoId",
                table: "tickets",
                column: "MergedIntoId",
                principalTable: "tickets",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_tickets_tickets_SplitFromId",
                table: "tickets",
                column: "SplitFromId",
                principalTable: "tickets",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_tickets_tickets_MergedIntoId",
                table: "tickets");

            migrationBuilder.DropForeignKey(
                name: "FK_tickets_tickets_SplitFromId",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "MinutesSpent",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "SplitFromId",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "MinutesSpent",
                table: "ticket_actions");

            migrationBuilder.DropColumn(
                name: "RequiresTimeSpent",
                table: "services");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_CreatedAt",
                table: "tickets",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "GroupId", "AgentId", "ServiceId", "CategoryId", "LocationId", "SubstateId", "Priority", "Origin", "Type", "State", "RespondedAt", "ResponseDueAt", "ResponseBreached", "ResolvedAt", "ResolutionDueAt", "ResolutionBreached", "ResolutionWarnAt", "ClosureResult", "Rating", "IncorrectAnswers", "Revocations", "EscalatedAt", "ResponseWorkingMinutes", "ResolutionWorkingMinutes", "UnplacedReason" });
        }
    }
}
