using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mesa.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite; no database is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MesaDbContext>
{
    public MesaDbContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<MesaDbContext>()
        .UseSqlite("Data Source=design-time.db", s => s.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
        .Options);
}
