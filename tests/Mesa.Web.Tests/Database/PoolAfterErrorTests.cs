using System.Net;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Database;

/// <summary>
/// A command PostgreSQL refuses never leaves a broken connection in the pool for the next person: after refused
/// input sent straight to the database (past the cleaning every way in does), hundreds of ordinary requests over
/// the same pool all answer.
/// </summary>
public sealed class PoolAfterErrorTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task After_refused_commands_every_ordinary_request_on_the_same_pool_answers()
    {
        var refused = new[] { "a\0b", "\0", "impresora\0" };
        var failures = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
        {
            for (var round = 0; round < 10; round++)
            {
                using var scope = app.Services.CreateScope();
                var actor = await scope.ServiceProvider.GetRequiredService<Actors>().ForUserAsync(3, default);
                var queries = scope.ServiceProvider.GetRequiredService<TicketQueries>();
                // The same statement as every search (prepared after its second use), then with a NUL byte.
                await queries.ListAsync(actor, new TicketFilter(Query: "impresora"), default);
                await queries.ListAsync(actor, new TicketFilter(Query: "red"), default);
                try
                {
                    await queries.ListAsync(actor, new TicketFilter(Query: refused[(worker + round) % refused.Length]), default);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }

                var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
                await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlAsync($"SELECT 1 / (SELECT COUNT(*) - COUNT(*) FROM tickets)"));
            }
        }));
        Assert.True(failures > 0, "PostgreSQL took the NUL bytes: the test no longer sends refused input");

        var agent = await app.As("agente1");
        var answers = await Task.WhenAll(Enumerable.Range(0, 400).Select(async i =>
            (await agent.GetAsync(i % 2 == 0 ? "/api/v1/tickets?q=impresora" : "/api/v1/dashboard/counters")).StatusCode));

        Assert.All(answers, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
