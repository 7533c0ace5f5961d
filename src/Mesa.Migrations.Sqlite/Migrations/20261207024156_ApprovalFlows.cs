using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApprovalFlows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalFlowName",
                table: "tickets",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovalState",
                table: "tickets",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "None"); // the tickets registered before approval flows follow none

            migrationBuilder.AddColumn<int>(
                name: "ApprovalFlowId",
                table: "ticket_templates",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OwnerId",
                table: "services",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "notifications",
                type: "TEXT",
                maxLength: 10000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ApprovalFlowId",
                table: "categories",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ManagerId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "approval_flows",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_flows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ticket_approvals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    StepName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ApproverId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApproverName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SkipReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReminderHours = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeoutHours = table.Column<int>(type: "INTEGER", nullable: true),
                    OnTimeout = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextReminderAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Reminders = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedById = table.Column<long>(type: "INTEGER", nullable: true),
                    TimedOut = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ticket_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ticket_approvals_AspNetUsers_ApproverId",
                        column: x => x.ApproverId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ticket_approvals_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ticket_approvals_tickets_TicketId",
                        column: x => x.TicketId,
                        principalTable: "tickets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "approval_flow_steps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: true),
                    ReminderHours = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeoutHours = table.Column<int>(type: "INTEGER", nullable: true),
                    OnTimeout = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FlowId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_flow_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_approval_flow_steps_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_approval_flow_steps_approval_flows_FlowId",
                        column: x => x.FlowId,
                        principalTable: "approval_flows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ticket_templates_ApprovalFlowId",
                table: "ticket_templates",
                column: "ApprovalFlowId");

            migrationBuilder.CreateIndex(
                name: "IX_services_OwnerId",
                table: "services",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_categories_ApprovalFlowId",
                table: "categories",
                column: "ApprovalFlowId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_ManagerId",
                table: "AspNetUsers",
                column: "ManagerId");

            migrationBuilder.CreateIndex(
                name: "IX_approval_flow_steps_FlowId",
                table: "approval_flow_steps",
                column: "FlowId");

            migrationBuilder.CreateIndex(
                name: "IX_approval_flow_steps_PersonId",
                table: "approval_flow_steps",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_approval_flows_Name",
                table: "approval_flows",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ticket_approvals_ApproverId_State",
                table: "ticket_approvals",
                columns: new[] { "ApproverId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ticket_approvals_State_DueAt",
                table: "ticket_approvals",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ticket_approvals_State_NextReminderAt",
                table: "ticket_approvals",
                columns: new[] { "State", "NextReminderAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ticket_approvals_TicketId_Position",
                table: "ticket_approvals",
                columns: new[] { "TicketId", "Position" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_AspNetUsers_ManagerId",
                table: "AspNetUsers",
                column: "ManagerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_categories_approval_flows_ApprovalFlowId",
                table: "categories",
                column: "ApprovalFlowId",
                principalTable: "approval_flows",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_services_AspNetUsers_OwnerId",
                table: "services",
                column: "OwnerId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ticket_templates_approval_flows_ApprovalFlowId",
                table: "ticket_templates",
                column: "ApprovalFlowId",
                principalTable: "approval_flows",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_AspNetUsers_ManagerId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_categories_approval_flows_ApprovalFlowId",
                table: "categories");

            migrationBuilder.DropForeignKey(
                name: "FK_services_AspNetUsers_OwnerId",
                table: "services");

            migrationBuilder.DropForeignKey(
                name: "FK_ticket_templates_approval_flows_ApprovalFlowId",
                table: "ticket_templates");

            migrationBuilder.DropTable(
                name: "approval_flow_steps");

            migrationBuilder.DropTable(
                name: "ticket_approvals");

            migrationBuilder.DropTable(
                name: "approval_flows");

            migrationBuilder.DropIndex(
                name: "IX_ticket_templates_ApprovalFlowId",
                table: "ticket_templates");

            migrationBuilder.DropIndex(
                name: "IX_services_OwnerId",
                table: "services");

            migrationBuilder.DropIndex(
                name: "IX_categories_ApprovalFlowId",
                table: "categories");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_ManagerId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "ApprovalFlowName",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "ApprovalState",
                table: "tickets");

            migrationBuilder.DropColumn(
                name: "ApprovalFlowId",
                table: "ticket_templates");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "services");

            migrationBuilder.DropColumn(
                name: "Body",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "ApprovalFlowId",
                table: "categories");

            migrationBuilder.DropColumn(
                name: "ManagerId",
                table: "AspNetUsers");
        }
    }
}
