using System.Net;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Administration;

/// <summary>
/// Guía §10 Cerrada "Puede incluir encuesta de satisfacción": the administration words the survey's question or turns
/// the survey off; off, the portal does not offer it, the closure mail does not ask for it, and no rating is taken.
/// </summary>
public abstract partial class SettingsAdminTests
{
    [Fact]
    public async Task The_survey_asks_the_organisation_s_question_and_once_turned_off_is_neither_offered_nor_taken()
    {
        var admin = await app.As("admin");
        var desk = new Desk(app);
        var requester = await app.As("usuario1");
        using var portal = app.Browser();
        await portal.SignInAsync("usuario1");

        await (await admin.PatchJsonAsync("/api/v1/admin/settings", new { surveyQuestion = "¿Qué tan satisfecho quedó con la atención?" }))
            .ReadArrayAsync();
        try
        {
            var asked = await desk.ResolvedAsync();
            var page = WebUtility.HtmlDecode(await portal.GetStringAsync($"/portal/tickets/{asked.Str("id")}"));
            Assert.Contains("<legend>¿Qué tan satisfecho quedó con la atención?</legend>", page, StringComparison.Ordinal);
            Assert.Contains("name=\"Confirmation.Rating\"", page, StringComparison.Ordinal);

            await (await admin.PatchJsonAsync("/api/v1/admin/settings", new { surveyEnabled = false })).ReadArrayAsync();
            var resolved = await desk.ResolvedAsync();
            var id = resolved.Str("id");
            page = WebUtility.HtmlDecode(await portal.GetStringAsync($"/portal/tickets/{id}"));
            Assert.DoesNotContain("name=\"Confirmation.Rating\"", page, StringComparison.Ordinal);
            Assert.Contains("name=\"Confirmation.Result\"", page, StringComparison.Ordinal);

            var rated = await (await requester.PostJsonAsync($"/api/v1/tickets/{id}/confirm", new { correct = true, rating = 5 }))
                .ReadObjectAsync(HttpStatusCode.BadRequest);
            Assert.Contains("encuesta de satisfacción está desactivada", rated["errors"]!["rating"]![0]!.GetValue<string>(), StringComparison.Ordinal);
            var closed = await (await requester.PostJsonAsync($"/api/v1/tickets/{id}/confirm", new { correct = true }))
                .ReadObjectAsync(HttpStatusCode.OK);
            Assert.Equal("closed", closed.Str("state"));
            Assert.DoesNotContain("rate", closed["actions"]!.ToJsonString(), StringComparison.Ordinal);
            await (await requester.PostJsonAsync($"/api/v1/tickets/{id}/rating", new { rating = 4 })).ReadObjectAsync(HttpStatusCode.Conflict);
        }
        finally
        {
            await (await admin.PatchJsonAsync("/api/v1/admin/settings", new Dictionary<string, object?>
            {
                ["surveyEnabled"] = null,
                ["surveyQuestion"] = null,
            })).ReadArrayAsync();
        }
    }
}
