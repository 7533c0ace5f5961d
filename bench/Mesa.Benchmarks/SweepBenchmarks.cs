using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Demo;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Tickets;
using Mesa.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Mesa.Benchmarks;

/// <summary>
/// The auto-assign job places 10,000 new tickets in under 5 s on PostgreSQL. Each iteration
/// puts the same 10,000 tickets back to Nueva and runs the whole sweep: reading them, choosing the rule and the agent
/// (round-robin over the demo's first line), writing the state, the history line and the agent's e-mail to the outbox.
/// Needs <c>MESA_BENCH_POSTGRES</c> (a connection string to a server where it may create a database).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class SweepBenchmarks
{
    private const int Count = 10_000;
    private const string Database = "mesa_bench_sweep";
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationSetup]
    public void BackToNew() => BackToNewAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "auto-assign sweep of 10,000 new tickets")]
    public int Sweep() => SweepAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    private async Task<int> SweepAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var placed = await scope.ServiceProvider.GetRequiredService<AutoAssignment>().RunAsync(CancellationToken.None);
        return placed >= Count ? placed : throw new InvalidOperationException($"Placed {placed} of {Count}.");
    }

    private async Task SetupAsync()
    {
        _services = await BenchDatabase.CreateAsync(Database);
        await using var scope = _services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<MesaDbContext>();
        var userId = await db.Users.Where(u => u.UserName == "usuario1").Select(u => u.Id).SingleAsync();
        var requester = await sp.GetRequiredService<Actors>().ForUserAsync(userId, CancellationToken.None);
        var tickets = sp.GetRequiredService<TicketService>();
        for (var i = 0; i < Count; i++)
        {
            await tickets.RegisterAsync(requester, new NewTicket(TicketType.Incident, $"Equipo {i} sin red", "No navega.",
                Service: "Soporte Técnico", Category: "/Redes/Conectividad"), CancellationToken.None, mayAssignAtOnce: false);
            db.ChangeTracker.Clear();
        }
    }

    private async Task BackToNewAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        await db.Tickets.Where(t => t.Title.StartsWith("Equipo ")).ExecuteUpdateAsync(t => t
            .SetProperty(x => x.State, TicketState.New)
            .SetProperty(x => x.GroupId, (long?)null)
            .SetProperty(x => x.AgentId, (long?)null));
        await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE tickets");
    }
}
