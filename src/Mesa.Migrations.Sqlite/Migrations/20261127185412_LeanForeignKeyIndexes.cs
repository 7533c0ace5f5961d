using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeanForeignKeyIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tickets_CalendarId",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_LocationId",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_RegisteredById",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_SlaPolicyId",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_SolutionSignedById",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_SubstateId",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_tickets_UpdatedById",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "IX_ticket_events_ActorId",
                table: "ticket_events");

            migrationBuilder.DropIndex(
                name: "IX_notifications_ActionId",
                table: "notifications");

            migrationBuilder.DropIndex(
                name: "IX_notifications_RecipientGroupId",
                table: "notifications");

            migrationBuilder.DropIndex(
                name: "IX_notifications_RecipientUserId",
                table: "notifications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_tickets_CalendarId",
                table: "tickets",
                column: "CalendarId");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_LocationId",
                table: "tickets",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_RegisteredById",
                table: "tickets",
                column: "RegisteredById");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_SlaPolicyId",
                table: "tickets",
                column: "SlaPolicyId");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_SolutionSignedById",
                table: "tickets",
                column: "SolutionSignedById");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_SubstateId",
                table: "tickets",
                column: "SubstateId");

            migrationBuilder.CreateIndex(
                name: "IX_tickets_UpdatedById",
                table: "tickets",
                column: "UpdatedById");

            migrationBuilder.CreateIndex(
                name: "IX_ticket_events_ActorId",
                table: "ticket_events",
                column: "ActorId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_ActionId",
                table: "notifications",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_RecipientGroupId",
                table: "notifications",
                column: "RecipientGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_RecipientUserId",
                table: "notifications",
                column: "RecipientUserId");
        }
    }
}
