using Mesa.Core.Data;
using Mesa.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mesa.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL; no database is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MesaDbContext>
{
    public MesaDbContext CreateDbContext(string[] args) => new((DbContextOptions<MesaDbContext>)PostgresModel.Use(
        new DbContextOptionsBuilder<MesaDbContext>().UseNpgsql("Host=127.0.0.1;Database=mesa_design",
            n => n.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))).Options);
}
