using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Sla;

/// <summary>
/// Guía §10, §14.2, §14.4: a ticket's ANS figures are recomputed whatever saves it. Two tickets with the same history
/// end with the same figures whether their requester confirmed the solution or the auto-close job closed them.
/// </summary>
public abstract class SlaOnEverySaveTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task A_confirmed_ticket_and_an_automatically_closed_twin_have_the_same_ans_figures()
    {
        var confirmed = (await _desk.ResolvedAsync()).Str("id");
        var autoClosed = (await _desk.ResolvedAsync()).Str("id");
        app.Clock.Advance(TimeSpan.FromDays(6));

        var requester = await app.As("usuario1");
        await (await requester.PostJsonAsync($"/api/v1/tickets/{confirmed}/confirm", new { correct = true }))
            .ReadObjectAsync(HttpStatusCode.OK);
        await _desk.RunJobAsync("auto-close");

        var first = await _desk.GetAsync(confirmed);
        var second = await _desk.GetAsync(autoClosed);
        Assert.Equal(("closed", "closed"), (first.Str("state"), second.Str("state")));
        Assert.True(int.Parse(first.Str("sla.stoppedWorkingMinutes"), System.Globalization.CultureInfo.InvariantCulture) > 0,
            "the days waiting for the confirmation are clock-stop minutes");
        Assert.Equal(first["sla"]!.ToJsonString(), second["sla"]!.ToJsonString());
    }
}

public sealed class SlaOnEverySaveOnSqlite(SqliteApp app) : SlaOnEverySaveTests(app), IClassFixture<SqliteApp>;

public sealed class SlaOnEverySaveOnPostgres(PostgresApp app) : SlaOnEverySaveTests(app), IClassFixture<PostgresApp>;
