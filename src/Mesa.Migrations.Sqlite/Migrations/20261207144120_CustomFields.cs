using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "CustomFieldId",
                table: "ticket_fields",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ticket_fields",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "ticket_fields",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomFields",
                table: "ticket_drafts",
                type: "TEXT",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "custom_fields",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Choices = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Help = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OnlyType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    VisibleToRequester = table.Column<bool>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_custom_fields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "custom_field_scopes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CustomFieldId = table.Column<long>(type: "INTEGER", nullable: false),
                    ServiceId = table.Column<long>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_custom_field_scopes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_custom_field_scopes_categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_custom_field_scopes_custom_fields_CustomFieldId",
                        column: x => x.CustomFieldId,
                        principalTable: "custom_fields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_custom_field_scopes_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ticket_fields_CustomFieldId",
                table: "ticket_fields",
                column: "CustomFieldId");

            migrationBuilder.CreateIndex(
                name: "IX_custom_field_scopes_CategoryId",
                table: "custom_field_scopes",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_custom_field_scopes_CustomFieldId",
                table: "custom_field_scopes",
                column: "CustomFieldId");

            migrationBuilder.CreateIndex(
                name: "IX_custom_field_scopes_ServiceId",
                table: "custom_field_scopes",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_custom_fields_Name",
                table: "custom_fields",
                column: "Name",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_ticket_fields_custom_fields_CustomFieldId",
                table: "ticket_fields",
                column: "CustomFieldId",
                principalTable: "custom_fields",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ticket_fields_custom_fields_CustomFieldId",
                table: "ticket_fields");

            migrationBuilder.DropTable(
                name: "custom_field_scopes");

            migrationBuilder.DropTable(
                name: "custom_fields");

            migrationBuilder.DropIndex(
                name: "IX_ticket_fields_CustomFieldId",
                table: "ticket_fields");

            migrationBuilder.DropColumn(
                name: "CustomFieldId",
                table: "ticket_fields");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ticket_fields");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "ticket_fields");

            migrationBuilder.DropColumn(
                name: "CustomFields",
                table: "ticket_drafts");
        }
    }
}
