using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>The portal asks the requester of a closed, unrated ticket to rate it.</summary>
public abstract partial class RatingPageTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    [Fact]
    public async Task The_requester_rates_an_automatically_closed_ticket_in_the_portal()
    {
        var ticket = await _desk.ResolvedAsync();
        app.Clock.Advance(TimeSpan.FromDays(15));
        await _desk.RunJobAsync("auto-close");
        var path = $"/portal/tickets/{ticket.Str("id")}";
        using var requester = app.Browser();
        await requester.SignInAsync("usuario1");
        var page = await requester.GetStringAsync(path);
        Assert.Contains("Califique la atención", page, StringComparison.Ordinal);

        var none = await requester.PostFormAsync(path + "?handler=Rate", new Dictionary<string, string>
        {
            ["Version"] = VersionField().Match(page).Groups[1].Value,
        });
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("entre 1 y 5", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var rated = await requester.PostFormAsync(path + "?handler=Rate", new Dictionary<string, string>
        {
            ["Version"] = VersionField().Match(page).Groups[1].Value,
            ["Confirmation.Rating"] = "5",
            ["Confirmation.Comment"] = "Muy amables.",
        });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.DoesNotContain("Califique la atención", await requester.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Equal("5", (await _desk.GetAsync(ticket.Str("id"))).Str("closure.rating"));
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}

public sealed class RatingPageOnSqlite(SqliteApp app) : RatingPageTests(app), IClassFixture<SqliteApp>;

public sealed class RatingPageOnPostgres(PostgresApp app) : RatingPageTests(app), IClassFixture<PostgresApp>;
