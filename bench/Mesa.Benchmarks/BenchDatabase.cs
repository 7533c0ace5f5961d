using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Demo;
using Mesa.Core.People;
using Mesa.Infrastructure.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mesa.Benchmarks;

/// <summary>
/// A fresh PostgreSQL database with the demo set for a benchmark (<c>MESA_BENCH_POSTGRES</c> names a server where it
/// may create one), and Mesa's services on it, as the host wires them.
/// </summary>
public static class BenchDatabase
{
    public static async Task<ServiceProvider> CreateAsync(string database, Action<IServiceCollection>? more = null)
    {
        var admin = Environment.GetEnvironmentVariable("MESA_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set MESA_BENCH_POSTGRES to a PostgreSQL connection string.");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<MesaSettings>();
        services.AddMesaDatabase(new DatabaseOptions
        {
            Provider = "postgres",
            ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ToString(),
        }, Path.Combine(Path.GetTempPath(), database));
        services.AddMesaCore();
        // Nothing here keeps a secret beyond the run.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddIdentityCore<User>().AddRoles<Role>().AddEntityFrameworkStores<MesaDbContext>();
        more?.Invoke(services);
        var provider = services.BuildServiceProvider();

        await using var scope = provider.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await DatabaseSetup.PrepareAsync(sp.GetRequiredService<MesaDbContext>(), migrate: true, CancellationToken.None);
        await sp.GetRequiredService<ReferenceData>().EnsureAsync(CancellationToken.None);
        await sp.GetRequiredService<DemoData>().CreateIfEmptyAsync(CancellationToken.None);
        return provider;
    }
}
