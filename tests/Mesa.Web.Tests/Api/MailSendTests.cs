using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// The outbox is sent by <c>mail-send</c> through a real SMTP server;
/// nothing is lost while the server is down and nothing is sent twice.
/// </summary>
public abstract partial class MailSendTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private SmtpCatcher Smtp => app.Smtp!;

    [Fact] // Guía §9: the requester receives the code of the registration
    public async Task The_registration_mail_carries_the_code_and_is_sent_once()
    {
        var ticket = await _desk.RegisterAsync("usuario2", "No tengo acceso a la carpeta compartida");
        var code = ticket.Str("code");

        Assert.True(await _desk.RunJobAsync("mail-send") >= 1);
        await _desk.RunJobAsync("mail-send");

        var mail = Assert.Single(Smtp.Messages, m => (m.Subject ?? "").Contains(code, StringComparison.Ordinal));
        Assert.Equal($"[{code}] Registro de su solicitud: No tengo acceso a la carpeta compartida", mail.Subject);
        Assert.Equal("usuario2@mesa.test", mail.To.Mailboxes.Single().Address);
        Assert.Equal("auto-generated", mail.Headers["Auto-Submitted"]);
        Assert.Contains(code, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Registramos su incidencia/petición", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"http://mesa.test/portal/tickets/{ticket.Str("id")}", mail.TextBody, StringComparison.Ordinal);
        var sent = (await _desk.HistoryAsync(ticket.Str("id"))).Where(e => e.Str("kind") == "notification-sent").ToList();
        Assert.Contains(sent, e => e.Str("note") == "usuario2@mesa.test");
    }

    [Fact] // Guía §7: the agent hears of the assignment, with a link to the ticket in the console
    public async Task The_assigned_agent_receives_a_link_to_the_ticket()
    {
        var ticket = await _desk.AssignedAsync("Soporte Técnico", "agente2");

        await _desk.RunJobAsync("mail-send");

        var mail = Assert.Single(Smtp.Messages, m =>
            (m.Subject ?? "").Contains(ticket.Str("code"), StringComparison.Ordinal) && (m.Subject ?? "").Contains("Nueva asignación", StringComparison.Ordinal));
        Assert.Equal("agente2@mesa.test", mail.To.Mailboxes.Single().Address);
        Assert.Contains($"http://mesa.test/agent/tickets/{ticket.Str("id")}", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact] // The breach reaches the agent and the group's supervisors by e-mail
    public async Task A_breach_is_emailed_to_the_agent_and_the_supervisors()
    {
        var ticket = await _desk.AssignedAsync("Soporte Técnico", "agente3");
        await _desk.RunJobAsync("mail-send");

        app.Clock.Advance(TimeSpan.FromDays(30));
        await _desk.RunJobAsync("sla-check");
        await _desk.RunJobAsync("mail-send");

        var breaches = Smtp.Messages.Where(m => (m.Subject ?? "").Contains(ticket.Str("code"), StringComparison.Ordinal)
            && (m.Subject ?? "").Contains("ANS caducado", StringComparison.Ordinal)).ToList();
        var to = breaches.SelectMany(m => m.To.Mailboxes.Select(a => a.Address)).ToHashSet();
        Assert.Contains("agente3@mesa.test", to);
        Assert.Contains("supervisor1@mesa.test", to);
    }

    [Fact] // Guía §14.4: the resolution mail answers Correcta / Incorrecta; opening the link changes nothing
    public async Task The_resolution_mail_lets_the_requester_confirm_without_signing_in()
    {
        var ticket = await _desk.ResolvedAsync();
        await _desk.RunJobAsync("mail-send");
        var mail = Smtp.Messages.Last(m => (m.Subject ?? "").Contains(ticket.Str("code"), StringComparison.Ordinal)
                                           && (m.Subject ?? "").Contains("Solución", StringComparison.Ordinal));
        Assert.Equal("usuario1@mesa.test", mail.To.Mailboxes.Single().Address);
        var correct = ConfirmLink().Match(mail.TextBody!).Groups[1].Value;
        Assert.StartsWith("http://mesa.test/portal/confirm?answer=correct&t=", correct, StringComparison.Ordinal);
        Assert.Contains("answer=incorrect&t=", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{correct.Replace("&", "&amp;", StringComparison.Ordinal)}\">", mail.HtmlBody, StringComparison.Ordinal);

        using var browser = app.Browser(); // nobody signed in
        var path = correct["http://mesa.test".Length..];
        var page = await browser.GetStringAsync(path);
        Assert.Contains(ticket.Str("code"), page, StringComparison.Ordinal);
        Assert.Equal("resolved", (await _desk.GetAsync(ticket.Str("id"))).Str("state")); // a link scanner changes nothing

        var answer = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormToken().Match(page).Groups[1].Value,
            ["t"] = Uri.UnescapeDataString(path[(path.IndexOf("&t=", StringComparison.Ordinal) + 3)..]),
            ["Answer"] = "correct",
            ["Rating"] = "5",
            ["Comment"] = "Rápido y claro.",
        }));
        Assert.Contains("cerr", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var closed = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("closed", "5", "Rápido y claro."), (closed.Str("state"), closed.Str("closure.rating"), closed.Str("closure.comment")));

        Assert.Contains("ya no espera su confirmación", await browser.GetStringAsync(path), StringComparison.Ordinal);
    }

    [Fact] // Guía §14.4: a link answers the resolution it was sent for, once; a later solution has links of its own
    public async Task A_confirmation_link_answers_its_own_resolution_once()
    {
        var ticket = await _desk.ResolvedAsync();
        var first = await ConfirmPathAsync(ticket.Str("code"), "incorrect");
        using var browser = app.Browser();
        var reopened = await AnswerAsync(browser, first, "incorrect");
        Assert.Contains("La solicitud volvió al técnico", reopened, StringComparison.Ordinal);
        Assert.Equal("assigned", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));
        var agent = await app.As("agente1");
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
            new { kind = "solution", text = "Se cambió el cable de red." })).ReadObjectAsync(System.Net.HttpStatusCode.Created);

        var again = await browser.GetStringAsync(first.Replace("answer=incorrect", "answer=correct", StringComparison.Ordinal));
        Assert.Contains("era para una solución anterior", System.Net.WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        Assert.Equal("resolved", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));

        var second = await ConfirmPathAsync(ticket.Str("code"), "correct");
        Assert.NotEqual(first, second);
        await AnswerAsync(browser, second, "correct");
        Assert.Equal("closed", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));
    }

    /// <summary>The path of the latest resolution mail's link with the given answer, once the outbox has sent it.</summary>
    private async Task<string> ConfirmPathAsync(string code, string answer)
    {
        await _desk.RunJobAsync("mail-send");
        var mail = Smtp.Messages.Last(m => (m.Subject ?? "").Contains(code, StringComparison.Ordinal)
                                           && (m.Subject ?? "").Contains("Solución", StringComparison.Ordinal));
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody!, $@"(http://mesa\.test/portal/confirm\?answer={answer}&t=\S+)").Groups[1].Value;
        return link["http://mesa.test".Length..];
    }

    private static async Task<string> AnswerAsync(HttpClient browser, string path, string answer)
    {
        var page = await browser.GetStringAsync(path);
        var posted = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormToken().Match(page).Groups[1].Value,
            ["t"] = Uri.UnescapeDataString(path[(path.IndexOf("&t=", StringComparison.Ordinal) + 3)..]),
            ["Answer"] = answer,
        }));
        return System.Net.WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
    }

    [Fact] // An altered link speaks for nobody
    public async Task An_altered_confirmation_link_changes_nothing()
    {
        var ticket = await _desk.ResolvedAsync();
        using var browser = app.Browser();

        var page = await browser.GetStringAsync("/portal/confirm?answer=correct&t=CfDJ8-falso");

        Assert.Contains("no es válido o ya venció", page, StringComparison.Ordinal);
        Assert.Equal("resolved", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));
    }

    [Fact] // With the SMTP server down nothing is lost; it goes out once the server is back
    public async Task Mail_waits_while_the_server_is_down_and_goes_out_once_it_is_back()
    {
        await _desk.RunJobAsync("mail-send"); // whatever earlier tests left
        await Smtp.StopAsync();
        try
        {
            var ticket = await _desk.RegisterAsync("usuario1", "Pantalla azul al iniciar");
            var code = ticket.Str("code");

            Assert.Equal(0, await _desk.RunJobAsync("mail-send"));
            Assert.DoesNotContain(await _desk.HistoryAsync(ticket.Str("id")), e => e.Str("kind") == "notification-sent");

            await Smtp.StartAsync();
            Assert.Equal(0, await _desk.RunJobAsync("mail-send")); // still inside its back-off
            app.Clock.Advance(TimeSpan.FromMinutes(2));
            Assert.True(await _desk.RunJobAsync("mail-send") >= 1);
            await _desk.RunJobAsync("mail-send");

            Assert.Single(Smtp.Messages, m => (m.Subject ?? "").Contains(code, StringComparison.Ordinal));
        }
        finally
        {
            await Smtp.StopAsync();
            await Smtp.StartAsync(); // running again for the other tests of the class, whatever happened here
        }
    }
}

public abstract partial class MailSendTests
{
    [Fact] // The closure mail carries the survey; the requester rates an automatically closed ticket once
    public async Task The_closure_mail_invites_the_survey_and_the_requester_rates_once()
    {
        var ticket = await _desk.ResolvedAsync();
        app.Clock.Advance(TimeSpan.FromDays(15));
        await _desk.RunJobAsync("auto-close");
        await _desk.RunJobAsync("mail-send");
        var closure = Assert.Single(Smtp.Messages, m => (m.Subject ?? "").StartsWith($"[{ticket.Str("code")}] Cierre", StringComparison.Ordinal));
        Assert.Contains("Encuesta de satisfacción: ¿Cómo califica la atención que recibió? Puede responder de 1 a 5 en el enlace de abajo.",
            closure.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/portal/tickets/{ticket.Str("id")}", closure.TextBody, StringComparison.Ordinal);

        var requester = await app.As("usuario1");
        var rated = await (await requester.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/rating", new { rating = 4, comment = "Bien." }))
            .ReadObjectAsync(System.Net.HttpStatusCode.OK);
        var again = await requester.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/rating", new { rating = 5 });

        Assert.Equal(("closed", "automatic", "4"), (rated.Str("state"), rated.Str("closure.result"), rated.Str("closure.rating")));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
    }

    private string Closure(System.Text.Json.Nodes.JsonObject ticket) => Assert.Single(Smtp.Messages,
        m => (m.Subject ?? "").StartsWith($"[{ticket.Str("code")}] Cierre", StringComparison.Ordinal)).TextBody ?? "";

    [Fact] // Guía §10 Cerrada "Puede incluir encuesta": the organisation's question, or no survey at all
    public async Task The_closure_mail_asks_the_organisation_s_question_and_nothing_once_the_survey_is_off()
    {
        var admin = await app.As("admin");
        await (await admin.PatchJsonAsync("/api/v1/admin/settings", new { surveyQuestion = "¿Recomendaría la Mesa de Servicio?" })).ReadArrayAsync();
        try
        {
            var asked = await _desk.ResolvedAsync();
            app.Clock.Advance(TimeSpan.FromDays(15));
            await _desk.RunJobAsync("auto-close");
            await _desk.RunJobAsync("mail-send");
            Assert.Contains("Encuesta de satisfacción: ¿Recomendaría la Mesa de Servicio?", Closure(asked), StringComparison.Ordinal);

            await (await admin.PatchJsonAsync("/api/v1/admin/settings", new { surveyEnabled = false })).ReadArrayAsync();
            var silent = await _desk.ResolvedAsync();
            app.Clock.Advance(TimeSpan.FromDays(15));
            await _desk.RunJobAsync("auto-close");
            await _desk.RunJobAsync("mail-send");
            Assert.DoesNotContain("Encuesta", Closure(silent), StringComparison.Ordinal);
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

    [System.Text.RegularExpressions.GeneratedRegex(@"(http://\S+answer=correct\S+)")]
    private static partial System.Text.RegularExpressions.Regex ConfirmLink();

    [System.Text.RegularExpressions.GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex FormToken();
}

public sealed class MailSendOnSqlite(MailSqliteApp app) : MailSendTests(app), IClassFixture<MailSqliteApp>;

public sealed class MailSendOnPostgres(MailPostgresApp app) : MailSendTests(app), IClassFixture<MailPostgresApp>;
