using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mesa.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HiLoHistoryAndOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "notifications_hilo",
                incrementBy: 1000);

            migrationBuilder.CreateSequence(
                name: "ticket_events_hilo",
                incrementBy: 1000);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "ticket_events",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "notifications",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .OldAnnotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            // Hi-lo hands out the thousand ids from each value of its sequence: start past the rows already there.
            migrationBuilder.Sql("SELECT setval('ticket_events_hilo', COALESCE((SELECT MAX(\"Id\") FROM ticket_events), 0) + 1, false);");
            migrationBuilder.Sql("SELECT setval('notifications_hilo', COALESCE((SELECT MAX(\"Id\") FROM notifications), 0) + 1, false);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropSequence(
                name: "notifications_hilo");

            migrationBuilder.DropSequence(
                name: "ticket_events_hilo");

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "ticket_events",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);

            migrationBuilder.AlterColumn<long>(
                name: "Id",
                table: "notifications",
                type: "bigint",
                nullable: false,
                oldClrType: typeof(long),
                oldType: "bigint")
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn);
        }
    }
}
