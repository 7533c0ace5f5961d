using System.Net;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Mesa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// The assignment sweep saves its pages through <see cref="IBatchSaver"/> (COPY and one UPDATE on PostgreSQL): the same
/// rows as SaveChanges would write, and the same guard: a ticket someone changed meanwhile keeps their change and the
/// page is not saved.
/// </summary>
public abstract class BatchSaverTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_page_is_saved_with_its_history_and_its_mail_like_any_change()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "Sin acceso a la VPN");
        var before = (await _desk.HistoryAsync(ticket.Str("id"))).Count;

        await AssignInBatchAsync(ticket.Str("id"), meanwhile: null);

        var after = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("assigned", "Mesa de Servicio", "agente1"), (after.Str("state"), after.Str("group"), after.Str("agent")));
        var history = await _desk.HistoryAsync(ticket.Str("id"));
        Assert.Equal(before + 2, history.Count);
        Assert.Contains(history, e => e.Str("kind") == "assigned" && e.Str("note") == "Por lote.");
        Assert.NotEqual(ticket.Str("version"), after.Str("version"));
    }

    [Fact]
    public async Task A_ticket_changed_meanwhile_keeps_that_change_and_the_page_saves_nothing()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "Sin acceso a la VPN");
        var before = (await _desk.HistoryAsync(ticket.Str("id"))).Count;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => AssignInBatchAsync(ticket.Str("id"), meanwhile: async () =>
        {
            var agent = await app.As("agente1");
            await (await agent.PatchJsonAsync($"/api/v1/tickets/{ticket.Str("id")}", new { title = "Sin VPN desde casa" }))
                .ReadObjectAsync(HttpStatusCode.OK);
        }));

        var after = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("new", "Sin VPN desde casa"), (after.Str("state"), after.Str("title")));
        Assert.Equal(before + 1, (await _desk.HistoryAsync(ticket.Str("id"))).Count); // the title change only
    }

    /// <summary>Assigns one ticket through the domain and saves it as the sweep does, with a change by someone else in between.</summary>
    private async Task AssignInBatchAsync(string id, Func<Task>? meanwhile)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        var ticket = await db.Tickets.Include(t => t.InformedUsers).SingleAsync(t => t.Id == long.Parse(id));
        var group = await db.Groups.Include(g => g.Memberships).SingleAsync(g => g.Name == "Mesa de Servicio");
        var agent = await db.Users.SingleAsync(u => u.UserName == "agente1");
        var system = await scope.ServiceProvider.GetRequiredService<Actors>().SystemAsync(CancellationToken.None);
        ticket.Assign(group, agent, "Por lote.", system, app.Clock.GetUtcNow());
        if (meanwhile is not null) await meanwhile();
        await scope.ServiceProvider.GetRequiredService<IBatchSaver>().SaveAsync(db, CancellationToken.None);
    }
}

public sealed class BatchSaverOnSqlite(SqliteApp app) : BatchSaverTests(app), IClassFixture<SqliteApp>;

public sealed class BatchSaverOnPostgres(PostgresApp app) : BatchSaverTests(app), IClassFixture<PostgresApp>;
