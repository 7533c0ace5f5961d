using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// A command answers from the ticket it has just saved, without reading it back. Whoever gives it must get exactly
/// what a read right afterwards shows them: the same ticket, the same version in the ETag, the same action or file.
/// Each step of these walks compares the two, through every command, on both engines (instants, names, ordering).
/// </summary>
public abstract class CommandAnswerTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    /// <summary>A clock off the whole millisecond, as a real one is: what the engines keep of an instant must be all
    /// that a command holds of it.</summary>
    private void ClockBetweenMilliseconds() => app.Clock.Advance(TimeSpan.FromTicks(1_234_567));

    [Fact] // Guía §10–§14: a ticket from a template, worked by its agent, answered, resolved, refused and closed
    public async Task Every_command_on_a_worked_ticket_answers_what_a_read_shows_afterwards()
    {
        ClockBetweenMilliseconds();
        var agent = await app.As("agente1");
        var user = await app.As("usuario1");
        var ticket = await SameAsReadAsync(await agent.PostJsonAsync("/api/v1/tickets", new
        {
            template = "Falla de impresora",
            requester = "usuario1",
            informedUsers = new[]
            {
                new { userName = "usuario2", onCreation = true, onActions = false, onResolution = true, onClosure = true },
                new { userName = "supervisor1", onCreation = false, onActions = true, onResolution = false, onClosure = false },
            },
            fields = new Dictionary<string, string> { ["Ubicación de la impresora"] = "Piso 2" },
        }), "agente1", HttpStatusCode.Created);
        var path = $"/api/v1/tickets/{ticket.Str("id")}";
        var other = (await _desk.RegisterAsync(title: "Otro caso para relacionar")).Str("code");
        var article = (await (await agent.GetAsync("/api/v1/knowledge")).ReadObjectAsync(HttpStatusCode.OK))["items"]![0].Str("id");
        var problem = (await (await agent.PostJsonAsync("/api/v1/problems",
            new { title = "Impresoras del piso 2", description = "Varias incidencias con el mismo síntoma." }))
            .ReadObjectAsync(HttpStatusCode.Created)).Str("id");

        await SameAsReadAsync(await agent.PatchJsonAsync(path, new
        {
            title = "La impresora del segundo piso no imprime",
            impact = "high",
            fields = new Dictionary<string, string> { ["Ubicación de la impresora"] = "Piso 2, junto al ascensor" },
        }), "agente1");
        await SameAsReadAsync(await agent.PostJsonAsync($"{path}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Lo tomo." }), "agente1");
        await SameAsReadAsync(await agent.PostJsonAsync($"{path}/substate", new { substate = "in-attention", note = "Se está atendiendo." }), "agente1");
        await ActionSameAsReadAsync(await agent.PostJsonAsync($"{path}/actions",
            new { kind = "first-response", text = "Lo revisamos hoy." }), path, "agente1");
        await SameAsReadAsync(await agent.PostJsonAsync($"{path}/related", new { code = other }), "agente1");
        await SameAsReadAsync(await agent.DeleteAsync($"{path}/related/{Uri.EscapeDataString(other)}"), "agente1");
        await SameAsReadAsync(await agent.PostJsonAsync($"{path}/articles", new { code = article }), "agente1");
        await SameAsReadAsync(await agent.DeleteAsync($"{path}/articles/{article}"), "agente1");
        await SameAsReadAsync(await agent.PostJsonAsync($"{path}/problems", new { code = problem }), "agente1");
        await SameAsReadAsync(await agent.DeleteAsync($"{path}/problems/{problem}"), "agente1");
        await FileSameAsReadAsync(await agent.PostAsync($"{path}/attachments", Desk.FileForm("cola.txt", "Registro de la cola.")),
            path, "agente1");
        await ActionSameAsReadAsync(await agent.PostJsonAsync($"{path}/notify",
            new { recipients = new[] { "usuario1" }, subject = "Avance", text = "Seguimos trabajando en su caso." }), path, "agente1");
        await ActionSameAsReadAsync(await agent.PostJsonAsync($"{path}/actions",
            new { kind = "question", text = "¿La impresora muestra algún mensaje?" }), path, "agente1");
        await ActionSameAsReadAsync(await user.PostJsonAsync($"{path}/replies", new { text = "Dice «atasco de papel»." }),
            path, "usuario1");
        await FileSameAsReadAsync(await user.PostAsync($"{path}/attachments", Desk.FileForm("foto.txt", "La pantalla.")),
            path, "usuario1");
        await ActionSameAsReadAsync(await agent.PostJsonAsync($"{path}/actions",
            new { kind = "solution", text = "Se retiró el papel atascado." }), path, "agente1");
        // "Incorrecta" gives the ticket back to the agent who signed the solution (Guía §10).
        await SameAsReadAsync(await user.PostJsonAsync($"{path}/confirm",
            new { correct = false, comment = "Sigue atascándose." }), "usuario1");
        await ActionSameAsReadAsync(await agent.PostJsonAsync($"{path}/actions",
            new { kind = "solution", text = "Se cambió el rodillo de arrastre." }), path, "agente1");
        var closed = await SameAsReadAsync(await user.PostJsonAsync($"{path}/confirm",
            new { correct = true, rating = 5, comment = "Ya imprime." }), "usuario1");
        Assert.Equal("closed", closed.Str("state"));
    }

    [Fact] // Guía §9–§11: the other ways a ticket is registered, placed, refused and closed
    public async Task Registering_refusing_and_closing_at_first_line_answer_what_a_read_shows_afterwards()
    {
        ClockBetweenMilliseconds();
        var agent = await app.As("agente1");
        var user = await app.As("usuario1");

        var portal = await SameAsReadAsync(await user.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title = "No tengo acceso a la VPN",
            description = "El cliente dice que el certificado venció.",
            service = "Soporte Técnico",
            category = "/Hardware/Impresoras",
        }), "usuario1", HttpStatusCode.Created);
        await SameAsReadAsync(await agent.PostJsonAsync($"/api/v1/tickets/{portal.Str("id")}/close-first-line",
            new { text = "Se renovó el certificado por teléfono." }), "agente1");
        await SameAsReadAsync(await user.PostJsonAsync($"/api/v1/tickets/{portal.Str("id")}/rating",
            new { rating = 4, comment = "Rápido." }), "usuario1");

        var rejected = (await _desk.RegisterAsync()).Str("id");
        await SameAsReadAsync(await agent.PostJsonAsync($"/api/v1/tickets/{rejected}/reject",
            new { note = "Fuera del alcance del servicio." }), "agente1");

        var revoked = (await _desk.AssignedAsync(agent: null)).Str("id");
        await SameAsReadAsync(await agent.PostJsonAsync($"/api/v1/tickets/{revoked}/revoke",
            new { note = "No corresponde a este grupo." }), "agente1");
        await SameAsReadAsync(await agent.PostJsonAsync($"/api/v1/tickets/{revoked}/assign",
            new { group = "Mesa de Servicio", agent = "agente1", note = "Lo tomo yo." }), "agente1");
        await SameAsReadAsync(await agent.PostJsonAsync($"/api/v1/tickets/{revoked}/revoke-and-reject",
            new { note = "Duplicado de otro caso." }), "agente1");

        var draft = (await (await agent.PostJsonAsync("/api/v1/drafts", new
        {
            type = "request",
            title = "Crear buzón",
            description = "Buzón compartido para el área de talento humano.",
            origin = "phone",
            requester = "usuario2",
            informedUsers = new[] { new { userName = "usuario1" } },
        })).ReadObjectAsync(HttpStatusCode.Created)).Str("id");
        await SameAsReadAsync(await agent.PostJsonAsync($"/api/v1/drafts/{draft}/register", new { }), "agente1",
            HttpStatusCode.Created);
    }

    /// <summary>The command's ticket equals a read of it by the same person, ETag included.</summary>
    private async Task<JsonObject> SameAsReadAsync(HttpResponseMessage response, string person,
        HttpStatusCode expected = HttpStatusCode.OK)
    {
        var answer = await response.ReadObjectAsync(expected);
        var read = await (await app.As(person)).GetAsync($"/api/v1/tickets/{answer.Str("id")}");
        Assert.Equal(read.Headers.ETag, response.Headers.ETag);
        var shown = await read.ReadObjectAsync(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(shown, answer), $"The answer\n{answer}\nis not what a read shows\n{shown}");
        return answer;
    }

    /// <summary>The action the command answers is the last of the ticket's actions, and its ETag the ticket's version.</summary>
    private async Task ActionSameAsReadAsync(HttpResponseMessage response, string path, string person)
    {
        var answer = await response.ReadObjectAsync(HttpStatusCode.Created);
        var client = await app.As(person);
        var read = await client.GetAsync(path);
        Assert.Equal(read.Headers.ETag, response.Headers.ETag);
        var actions = await (await client.GetAsync($"{path}/actions")).ReadArrayAsync();
        Assert.True(JsonNode.DeepEquals(actions.Last(), answer), $"The answer\n{answer}\nis not the last action\n{actions.Last()}");
    }

    /// <summary>The file the command answers is the one the ticket lists, and its ETag the ticket's version.</summary>
    private async Task FileSameAsReadAsync(HttpResponseMessage response, string path, string person)
    {
        var answer = await response.ReadObjectAsync(HttpStatusCode.Created);
        var client = await app.As(person);
        var read = await client.GetAsync(path);
        Assert.Equal(read.Headers.ETag, response.Headers.ETag);
        var files = await (await client.GetAsync($"{path}/attachments")).ReadArrayAsync();
        var listed = files.Single(f => f.Str("id") == answer.Str("id"));
        Assert.True(JsonNode.DeepEquals(listed, answer), $"The answer\n{answer}\nis not the file listed\n{listed}");
    }
}

public sealed class CommandAnswersOnSqlite(SqliteApp app) : CommandAnswerTests(app), IClassFixture<SqliteApp>;

public sealed class CommandAnswersOnPostgres(PostgresApp app) : CommandAnswerTests(app), IClassFixture<PostgresApp>;
