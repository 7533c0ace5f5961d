using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AdminSubstates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ExtendsDueDate",
                table: "ticket_clock_stops",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "StopsClock",
                table: "ticket_clock_stops",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "ExtendsDueDate",
                table: "substates",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Position",
                table: "substates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "substates",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Assigned");

            // Guía §10: every stop recorded so far stopped the clock and extended the dates (the only kind there was); the
            // substates that stopped the clock extended the dates too; the approval flow's waits on a new request.
            migrationBuilder.Sql("UPDATE substates SET \"ExtendsDueDate\" = \"StopsClock\", \"Position\" = \"Id\"");
            migrationBuilder.Sql("UPDATE substates SET \"State\" = 'New', \"Position\" = 1 WHERE \"Code\" = 'pending-approval'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExtendsDueDate",
                table: "ticket_clock_stops");

            migrationBuilder.DropColumn(
                name: "StopsClock",
                table: "ticket_clock_stops");

            migrationBuilder.DropColumn(
                name: "ExtendsDueDate",
                table: "substates");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "substates");

            migrationBuilder.DropColumn(
                name: "State",
                table: "substates");
        }
    }
}
