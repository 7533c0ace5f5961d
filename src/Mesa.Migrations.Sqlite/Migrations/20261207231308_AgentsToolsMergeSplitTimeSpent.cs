using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AgentsToolsMergeSplitTimeSpent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "MergedIntoId",
                table: "tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesSpent",
                table: "tickets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "SplitFromId",
                table: "tickets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MinutesSpent",
                table: "ticket_actions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresTimeSpent",
                table: "services",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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
        }
    }
}
