using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Mesa.Core.Tickets;
using Mesa.Web.Api;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>
/// Guía §10–§14: a ticket in each of its states, seen by agents of the first and second line, a supervisor and its
/// requester. What the console (or the portal) offers, what the API lists in <c>actions</c> and what the domain
/// accepts when the command is given are the same, command by command. A refused command changes nothing. The rules
/// and the markup do not depend on the engine, so this walk runs on SQLite only.
/// </summary>
public sealed class TicketCommandAgreementTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] People = ["agente1", "agente2", "supervisor1", "usuario1"];

    /// <summary>The commands the agents' console offers; the others are the portal's (or the API's alone).</summary>
    private static readonly TicketCommand[] Console =
    [
        TicketCommand.Edit, TicketCommand.Assign, TicketCommand.Revoke, TicketCommand.Reject,
        TicketCommand.CloseAtFirstLine, TicketCommand.FirstResponse, TicketCommand.Question,
        TicketCommand.TechnicianAnswer, TicketCommand.Note, TicketCommand.Solution, TicketCommand.Substate,
        TicketCommand.Attach, TicketCommand.Notify, TicketCommand.Relate, TicketCommand.Refer, TicketCommand.Merge,
        TicketCommand.Split,
    ];

    private static readonly TicketCommand[] Portal =
        [TicketCommand.Reply, TicketCommand.Attach, TicketCommand.Confirm, TicketCommand.Rate];

    private readonly Desk _desk = new(app);

    [Fact]
    public async Task In_every_state_the_console_the_portal_and_the_API_offer_exactly_what_the_domain_accepts()
    {
        var other = (await _desk.RegisterAsync(title: "Otro caso para relacionar")).Str("code");
        var article = (await (await (await app.As("agente1")).GetAsync("/api/v1/knowledge")).ReadObjectAsync(HttpStatusCode.OK))
            ["items"]![0].Str("id");
        var disagreements = new List<string>();

        foreach (var (state, make) in Situations())
        {
            string? copy = null;
            foreach (var person in People)
            {
                copy ??= await make();
                var offered = await OfferedByApiAsync(person, copy);
                var staff = person != "usuario1";
                var onScreen = staff ? await OfferedByConsoleAsync(person, copy) : await OfferedByPortalAsync(person, copy);
                var expected = offered.Intersect(staff ? Console : Portal).ToHashSet();
                if (!onScreen.SetEquals(expected))
                    disagreements.Add($"{state}, {person}: the API offers [{string.Join(", ", expected)}], the page [{string.Join(", ", onScreen)}]");

                foreach (var command in Enum.GetValues<TicketCommand>())
                {
                    copy ??= await make();
                    var before = await _desk.GetAsync(copy);
                    var status = await GiveAsync(person, copy, command, other, article);
                    var accepted = (int)status is >= 200 and < 300;
                    if (status == HttpStatusCode.BadRequest)
                        disagreements.Add($"{state}, {person}, {command}: the test's own input was refused (400)");
                    else if (accepted != offered.Contains(command))
                        disagreements.Add($"{state}, {person}, {command}: offered {offered.Contains(command)}, answered {(int)status}");

                    if (accepted) copy = null;
                    else if ((await _desk.GetAsync(copy)).Str("version") != before.Str("version"))
                        disagreements.Add($"{state}, {person}, {command}: refused with {(int)status} but changed the ticket");
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    [Fact] // Guía §10, §14.4: a Resuelta ticket waits for its requester, and the agents may still correct it
    public async Task A_resolved_ticket_offers_its_agent_corrections_and_notes_and_its_requester_the_confirmation()
    {
        var id = (await _desk.ResolvedAsync()).Str("id");

        Assert.Equal(
            [TicketCommand.Edit, TicketCommand.Note, TicketCommand.Attach, TicketCommand.Notify, TicketCommand.Relate, TicketCommand.Refer,
                TicketCommand.Merge, TicketCommand.Split],
            await OfferedByApiAsync("agente1", id));
        Assert.Equal([TicketCommand.Reply, TicketCommand.Attach, TicketCommand.Confirm], await OfferedByApiAsync("usuario1", id));
        Assert.Contains(TicketCommand.Edit, await OfferedByConsoleAsync("agente1", id));
    }

    private IEnumerable<(string State, Func<Task<string>> Make)> Situations()
    {
        yield return ("nueva", async () => (await _desk.RegisterAsync()).Str("id"));
        yield return ("asignada a agente1", async () => (await _desk.AssignedAsync()).Str("id"));
        yield return ("asignada al grupo", async () => (await _desk.AssignedAsync(agent: null)).Str("id"));
        yield return ("asignada con primera respuesta", AnsweredAsync);
        yield return ("resuelta", async () => (await _desk.ResolvedAsync()).Str("id"));
        yield return ("cerrada sin valoración", () => ClosedAsync(rating: null));
        yield return ("cerrada y valorada", () => ClosedAsync(rating: 4));
        yield return ("rechazada", RejectedAsync);
    }

    private async Task<string> AnsweredAsync()
    {
        var id = (await _desk.AssignedAsync()).Str("id");
        await Accepted("agente1", $"/api/v1/tickets/{id}/actions", new { kind = "first-response", text = "Lo revisamos hoy." });
        return id;
    }

    private async Task<string> ClosedAsync(int? rating)
    {
        var id = (await _desk.ResolvedAsync()).Str("id");
        await Accepted("usuario1", $"/api/v1/tickets/{id}/confirm", new { correct = true, rating });
        return id;
    }

    private async Task<string> RejectedAsync()
    {
        var id = (await _desk.RegisterAsync()).Str("id");
        await Accepted("agente1", $"/api/v1/tickets/{id}/reject", new { note = "Fuera del alcance del servicio." });
        return id;
    }

    private async Task Accepted(string person, string path, object body)
    {
        var response = await (await app.As(person)).PostJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
    }

    /// <summary>The ticket's <c>actions</c>, in the order the API lists them.</summary>
    private async Task<List<TicketCommand>> OfferedByApiAsync(string person, string id)
    {
        var ticket = await _desk.GetAsync(id, person);
        return ticket["actions"]!.AsArray().Select(a => Command(a!.GetValue<string>())).ToList();
    }

    private static TicketCommand Command(string apiName) =>
        Enum.GetValues<TicketCommand>().Single(c => ApiEnums.Name(c) == apiName);

    /// <summary>The forms, choices and links of every tab of the ticket form that give a command.</summary>
    private async Task<HashSet<TicketCommand>> OfferedByConsoleAsync(string person, string id)
    {
        using var browser = app.Browser();
        await browser.SignInAsync(person);
        var offered = new HashSet<TicketCommand>();
        foreach (var tab in new[] { "summary", "general", "investigation", "additional" })
        {
            var page = new HtmlParser().ParseDocument(await browser.GetStringAsync($"/agent/tickets/{id}?tab={tab}"));
            foreach (var form in page.Forms)
            {
                var handler = HandlerOf(form.Action);
                if (handler == "Action")
                {
                    foreach (var kind in form.QuerySelectorAll("input[name='Action.Kind']:not([disabled])"))
                        offered.Add(TicketCommands.Of(Enum.GetValues<TicketActionKind>().Single(k => ApiEnums.Name(k) == kind.GetAttribute("value"))));
                }
                else if (ConsoleHandler(handler) is { } command)
                {
                    offered.Add(command);
                }
            }

            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (link.Contains("edit=true", StringComparison.Ordinal)) offered.Add(TicketCommand.Edit);
                if (link.EndsWith($"/agent/tickets/{id}/notify", StringComparison.Ordinal)) offered.Add(TicketCommand.Notify);
            }
        }

        return offered;
    }

    private async Task<HashSet<TicketCommand>> OfferedByPortalAsync(string person, string id)
    {
        using var browser = app.Browser();
        await browser.SignInAsync(person);
        var page = new HtmlParser().ParseDocument(await browser.GetStringAsync($"/portal/tickets/{id}"));
        return page.Forms.Select(f => HandlerOf(f.Action) switch
        {
            "Reply" => TicketCommand.Reply,
            "Attach" => TicketCommand.Attach,
            "Confirm" => TicketCommand.Confirm,
            "Rate" => TicketCommand.Rate,
            _ => (TicketCommand?)null,
        }).OfType<TicketCommand>().ToHashSet();
    }

    private static string? HandlerOf(string? action) =>
        action is null ? null : System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://mesa.test"), action).Query)["handler"];

    private static TicketCommand? ConsoleHandler(string? handler) => handler switch
    {
        "Update" or "Fields" => TicketCommand.Edit,
        "Assign" => TicketCommand.Assign,
        "Revoke" => TicketCommand.Revoke,
        "Reject" => TicketCommand.Reject,
        "CloseFirstLine" => TicketCommand.CloseAtFirstLine,
        "Substate" => TicketCommand.Substate,
        "Attach" => TicketCommand.Attach,
        "Relate" or "Unrelate" => TicketCommand.Relate,
        "LinkArticle" or "UnlinkArticle" or "LinkProblem" or "UnlinkProblem" => TicketCommand.Refer,
        "Merge" => TicketCommand.Merge,
        "Split" => TicketCommand.Split,
        _ => null,
    };

    /// <summary>Gives the command through the API with input that is valid wherever the command is allowed.</summary>
    private async Task<HttpStatusCode> GiveAsync(string person, string id, TicketCommand command, string other, string article)
    {
        var client = await app.As(person);
        var path = $"/api/v1/tickets/{id}";
        var response = command switch
        {
            TicketCommand.Edit => await client.PatchJsonAsync(path, new { title = "La impresora del tercer piso no imprime" }),
            TicketCommand.Assign => await client.PostJsonAsync($"{path}/assign",
                new { group = "Soporte Técnico", agent = "agente2", note = "Pasa a segunda línea." }),
            TicketCommand.Revoke => await client.PostJsonAsync($"{path}/revoke", new { note = "No corresponde a este grupo." }),
            TicketCommand.Reject => await client.PostJsonAsync($"{path}/reject", new { note = "Fuera del alcance del servicio." }),
            TicketCommand.RevokeAndReject => await client.PostJsonAsync($"{path}/revoke-and-reject",
                new { note = "Fuera del alcance del servicio." }),
            TicketCommand.CloseAtFirstLine => await client.PostJsonAsync($"{path}/close-first-line",
                new { text = "Se resolvió por teléfono." }),
            TicketCommand.FirstResponse or TicketCommand.Question or TicketCommand.TechnicianAnswer or TicketCommand.Note
                or TicketCommand.Solution => await client.PostJsonAsync($"{path}/actions",
                    new { kind = ApiEnums.Name(command), text = "Texto de la acción." }),
            TicketCommand.Substate => await client.PostJsonAsync($"{path}/substate",
                new { substate = "in-attention", note = "Se está atendiendo." }),
            TicketCommand.Reply => await client.PostJsonAsync($"{path}/replies", new { text = "Sigue sin imprimir." }),
            TicketCommand.Attach => await client.PostAsync($"{path}/attachments", Desk.FileForm("nota.txt", "Registro de la cola.")),
            TicketCommand.Confirm => await client.PostJsonAsync($"{path}/confirm", new { correct = true }),
            TicketCommand.Rate => await client.PostJsonAsync($"{path}/rating", new { rating = 5 }),
            TicketCommand.Notify => await client.PostJsonAsync($"{path}/notify",
                new { recipients = new[] { "usuario1" }, subject = "Avance", text = "Seguimos trabajando en su caso." }),
            TicketCommand.Relate => await client.PostJsonAsync($"{path}/related", new { code = other }),
            TicketCommand.Refer => await client.PostJsonAsync($"{path}/articles", new { code = article }),
            TicketCommand.Merge => await client.PostJsonAsync($"{path}/merge", new { into = other, note = "Es el mismo caso." }),
            TicketCommand.Split => await client.PostJsonAsync($"{path}/split",
                new { title = "Tampoco escanea", description = "El escáner tampoco funciona.", note = "Son dos solicitudes." }),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
        };
        return response.StatusCode;
    }
}
