using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportMeasures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "EscalatedAt",
                table: "tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "IncorrectAnswers",
                table: "tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Revocations",
                table: "tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The tickets already there get their counts from their history. Their first escalation is taken as
            // their first assignment when they now sit in a second-line group: the history names groups in words only.
            migrationBuilder.Sql("""
                UPDATE tickets SET
                  "IncorrectAnswers" = (SELECT COUNT(*) FROM ticket_events e WHERE e."TicketId" = tickets."Id" AND e."Kind" = 'ConfirmedIncorrect'),
                  "Revocations" = (SELECT COUNT(*) FROM ticket_events e WHERE e."TicketId" = tickets."Id" AND e."Kind" = 'Revoked');
                UPDATE tickets SET
                  "EscalatedAt" = (SELECT MIN(e."At") FROM ticket_events e WHERE e."TicketId" = tickets."Id" AND e."Kind" = 'Assigned')
                WHERE "GroupId" IN (SELECT g."Id" FROM support_groups g WHERE g."Tier" > 1);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EscalatedAt",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "IncorrectAnswers",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "Revocations",
                table: "tickets");
        }
    }
}
