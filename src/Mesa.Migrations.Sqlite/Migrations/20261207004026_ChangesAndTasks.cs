using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChangesAndTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_saved_filters_UserId_Name",
                table: "saved_filters");

            migrationBuilder.AddColumn<string>(
                name: "List",
                table: "saved_filters",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Tickets"); // the filters saved before the changes module are all of the tickets' list

            migrationBuilder.AlterColumn<long>(
                name: "TicketId",
                table: "notifications",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<long>(
                name: "ChangeId",
                table: "notifications",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "change_counters",
                columns: table => new
                {
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_counters", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4250, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Risk = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Impact = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ServiceId = table.Column<long>(type: "INTEGER", nullable: true),
                    CategoryId = table.Column<long>(type: "INTEGER", nullable: true),
                    ImplementationPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    BackoutPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TestPlan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PlannedStart = table.Column<long>(type: "INTEGER", nullable: true),
                    PlannedEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: true),
                    AgentId = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovalRule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Quorum = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CreatedById = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_changes_AspNetUsers_AgentId",
                        column: x => x.AgentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_changes_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_changes_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_changes_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_changes_support_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "support_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "releases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedById = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_releases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_releases_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "work_tasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParentKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    GroupId = table.Column<long>(type: "INTEGER", nullable: true),
                    AgentId = table.Column<long>(type: "INTEGER", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedById = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_tasks_AspNetUsers_AgentId",
                        column: x => x.AgentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_tasks_AspNetUsers_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_tasks_support_groups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "support_groups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "change_approvals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ApproverId = table.Column<long>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_approvals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_approvals_AspNetUsers_ApproverId",
                        column: x => x.ApproverId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_change_approvals_changes_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "change_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_events_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_change_events_changes_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "change_problems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: false),
                    ProblemId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_problems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_problems_changes_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_change_problems_problems_ProblemId",
                        column: x => x.ProblemId,
                        principalTable: "problems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "change_team",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChangeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MemberId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_change_team", x => x.Id);
                    table.ForeignKey(
                        name: "FK_change_team_changes_ChangeId",
                        column: x => x.ChangeId,
                        principalTable: "changes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "release_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReleaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_release_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_release_events_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_release_events_releases_ReleaseId",
                        column: x => x.ReleaseId,
                        principalTable: "releases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "work_task_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_work_task_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_work_task_events_AspNetUsers_ActorId",
                        column: x => x.ActorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_work_task_events_work_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "work_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_saved_filters_UserId_List_Name",
                table: "saved_filters",
                columns: new[] { "UserId", "List", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_ChangeId",
                table: "notifications",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_change_approvals_ApproverId",
                table: "change_approvals",
                column: "ApproverId");

            migrationBuilder.CreateIndex(
                name: "IX_change_approvals_ChangeId_ApproverId",
                table: "change_approvals",
                columns: new[] { "ChangeId", "ApproverId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_change_events_ChangeId",
                table: "change_events",
                column: "ChangeId");

            migrationBuilder.CreateIndex(
                name: "IX_change_problems_ChangeId_ProblemId",
                table: "change_problems",
                columns: new[] { "ChangeId", "ProblemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_change_problems_ProblemId",
                table: "change_problems",
                column: "ProblemId");

            migrationBuilder.CreateIndex(
                name: "IX_change_team_ChangeId_Kind_MemberId",
                table: "change_team",
                columns: new[] { "ChangeId", "Kind", "MemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_change_team_Kind_MemberId",
                table: "change_team",
                columns: new[] { "Kind", "MemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_changes_AgentId",
                table: "changes",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_changes_Code",
                table: "changes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_changes_GroupId",
                table: "changes",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_changes_open",
                table: "changes",
                columns: new[] { "State", "GroupId", "AgentId" },
                filter: "\"State\" <> 'Closed'");

            migrationBuilder.CreateIndex(
                name: "IX_changes_PlannedStart",
                table: "changes",
                column: "PlannedStart");

            migrationBuilder.CreateIndex(
                name: "IX_changes_ServiceId",
                table: "changes",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_changes_State",
                table: "changes",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_release_events_ReleaseId",
                table: "release_events",
                column: "ReleaseId");

            migrationBuilder.CreateIndex(
                name: "IX_releases_State",
                table: "releases",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_work_task_events_TaskId",
                table: "work_task_events",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_AgentId",
                table: "work_tasks",
                column: "AgentId");

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_GroupId",
                table: "work_tasks",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_ParentKind_ParentId",
                table: "work_tasks",
                columns: new[] { "ParentKind", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_State",
                table: "work_tasks",
                column: "State");

            migrationBuilder.AddForeignKey(
                name: "FK_notifications_changes_ChangeId",
                table: "notifications",
                column: "ChangeId",
                principalTable: "changes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_notifications_changes_ChangeId",
                table: "notifications");

            migrationBuilder.DropTable(
                name: "change_approvals");

            migrationBuilder.DropTable(
                name: "change_counters");

            migrationBuilder.DropTable(
                name: "change_events");

            migrationBuilder.DropTable(
                name: "change_problems");

            migrationBuilder.DropTable(
                name: "change_team");

            migrationBuilder.DropTable(
                name: "release_events");

            migrationBuilder.DropTable(
                name: "work_task_events");

            migrationBuilder.DropTable(
                name: "changes");

            migrationBuilder.DropTable(
                name: "releases");

            migrationBuilder.DropTable(
                name: "work_tasks");

            migrationBuilder.DropIndex(
                name: "IX_saved_filters_UserId_List_Name",
                table: "saved_filters");

            migrationBuilder.DropIndex(
                name: "IX_notifications_ChangeId",
                table: "notifications");

            migrationBuilder.DropColumn(
                name: "List",
                table: "saved_filters");

            migrationBuilder.DropColumn(
                name: "ChangeId",
                table: "notifications");

            migrationBuilder.AlterColumn<long>(
                name: "TicketId",
                table: "notifications",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_saved_filters_UserId_Name",
                table: "saved_filters",
                columns: new[] { "UserId", "Name" },
                unique: true);
        }
    }
}
