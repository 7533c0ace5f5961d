using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReportSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecipientAddress",
                table: "notifications",
                type: "TEXT",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReportDeliveryId",
                table: "notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "report_schedules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Addresses = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextRunAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_schedules_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_report_schedules_support_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "support_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_deliveries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ScheduleId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_report_deliveries_report_schedules_ScheduleId",
                        column: x => x.ScheduleId,
                        principalTable: "report_schedules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_deliveries_ScheduleId",
                table: "report_deliveries",
                column: "ScheduleId");

            migrationBuilder.CreateIndex(
                name: "IX_report_schedules_Active_NextRunAt",
                table: "report_schedules",
                columns: new[] { "Active", "NextRunAt" });

            migrationBuilder.CreateIndex(
                name: "IX_report_schedules_GroupId",
                table: "report_schedules",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_report_schedules_OwnerId",
                table: "report_schedules",
                column: "OwnerId");

            migrationBuilder.AddForeignKey(
                name: "FK_notifications_report_deliveries_ReportDeliveryId",
                table: "notifications",
                column: "ReportDeliveryId",
                principalTable: "report_deliveries",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_notifications_report_deliveries_ReportDeliveryId",
                table: "notifications");

            migrationBuilder.DropTable(
                name: "report_deliveries");

            migrationBuilder.DropTable(
                name: "report_schedules");

            migrationBuilder.DropColumn(
                name: "RecipientAddress",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "ReportDeliveryId",
                table: "notifications");
        }
    }
}
