using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mesa.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Search over code, title and description (issues 5 and 8) is a LIKE '%…%' on the folded search column; a
    /// trigram GIN index lets PostgreSQL answer it without reading every ticket. It covers the open tickets only —
    /// the agents' lists search those, with the same predicate as IX_tickets_open — so that it stays small; a
    /// requester's own tickets are few and found by their requester index. pg_trgm is a trusted extension, so the
    /// database owner may create it. Written by hand: the EF model has no notion of operator classes.
    /// </summary>
    public partial class SearchTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_tickets_SearchText_trgm\" ON tickets USING gin (\"SearchText\" gin_trgm_ops) WHERE \"State\" IN ('New', 'Assigned', 'Resolved');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_tickets_SearchText_trgm\";");
        }
    }
}
