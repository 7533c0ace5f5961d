using Microsoft.EntityFrameworkCore.Migrations;

namespace Mesa.Migrations.Postgres;

/// <summary>
/// The hand-written part of the PostgreSQL schema, called from the Initial migration. Search over code, title and
/// description is a LIKE '%…%' on the folded search column; a trigram GIN index lets PostgreSQL answer it without
/// reading every ticket. It covers the open tickets only (the agents' lists search those, with the same predicate as
/// IX_tickets_open) so that it stays small; a requester's own tickets are few and found by their requester index.
/// pg_trgm is a trusted extension, so the database owner may create it. Written by hand: the EF model has no notion
/// of operator classes.
/// </summary>
public static class SearchTrigramIndex
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
        migrationBuilder.Sql("CREATE INDEX IF NOT EXISTS \"IX_tickets_SearchText_trgm\" ON tickets USING gin (\"SearchText\" gin_trgm_ops) WHERE \"State\" IN ('New', 'Assigned', 'Resolved');");
    }

    public static void Drop(MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_tickets_SearchText_trgm\";");
}
