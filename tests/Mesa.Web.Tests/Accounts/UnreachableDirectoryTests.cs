using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Accounts;

/// <summary>
/// A directory that does not answer stops nothing but what needs it: a directory person's password cannot be checked
/// (the page says so), the sync changes no account and says why, and local accounts sign in as always.
/// </summary>
public abstract class UnreachableDirectoryTests(MesaApp app)
{
    [Fact]
    public async Task A_sync_against_a_directory_that_does_not_answer_changes_nothing_and_answers_503_in_spanish()
    {
        var admin = await app.As("admin");

        var response = await admin.PostJsonAsync("/api/v1/admin/jobs/directory-sync/run", new { });

        var problem = await response.ReadObjectAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("directorio", problem.Str("detail"), StringComparison.Ordinal);
        var runs = await (await admin.GetAsync("/api/v1/admin/directory/syncs")).ReadArrayAsync();
        Assert.Contains("did not answer", runs[0]!.Str("error"), StringComparison.Ordinal);
    }

    [Fact] // The 503 the document declares on every endpoint: a password that could not be checked is not a wrong one.
    public async Task Every_api_endpoint_answers_503_to_a_directory_account_while_the_directory_is_silent()
    {
        using var client = app.WithPassword("ana", "Clave-de-Red-2026");
        var answered = new List<string>();

        foreach (var endpoint in Api.ApiDescriptionTests.ApiEndpoints(app))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Example);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || response.Headers.RetryAfter is null)
                answered.Add($"{endpoint.Method} {endpoint.Example}: {(int)response.StatusCode}");
        }

        Assert.Empty(answered);
        var local = await app.As("usuario1");
        Assert.Equal(HttpStatusCode.OK, (await local.GetAsync("/api/v1/tokens")).StatusCode);
    }

    [Fact]
    public async Task A_directory_name_cannot_sign_in_while_the_directory_is_silent_and_the_page_says_so_while_local_accounts_go_on()
    {
        var browser = app.Browser();
        var response = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = "ana",
            ["Input.Password"] = "Clave-de-Red-2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no responde", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await app.Browser().SignInAsync("usuario1");
    }
}

public sealed class UnreachableDirectoryOnSqlite(UnreachableDirectorySqliteApp app) : UnreachableDirectoryTests(app), IClassFixture<UnreachableDirectorySqliteApp>;

public sealed class UnreachableDirectoryOnPostgres(UnreachableDirectoryPostgresApp app) : UnreachableDirectoryTests(app), IClassFixture<UnreachableDirectoryPostgresApp>;
