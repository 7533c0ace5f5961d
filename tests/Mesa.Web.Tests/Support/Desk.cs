using System.Net;
using System.Text.Json.Nodes;

namespace Mesa.Web.Tests.Support;

/// <summary>The usual first steps of a ticket, so that each test starts from the state it is about.</summary>
public sealed class Desk(MesaApp app)
{
    public async Task<JsonObject> RegisterAsync(string by = "usuario1", string title = "La impresora no imprime")
    {
        var client = await app.As(by);
        var response = await client.PostJsonAsync("/api/v1/tickets", new
        {
            type = "incident",
            title,
            description = "Los documentos quedan en cola y no salen.",
            service = "Soporte Técnico",
            category = "/Hardware/Impresoras",
            impact = "medium",
            urgency = "high",
        });
        return await response.ReadObjectAsync(HttpStatusCode.Created);
    }

    public async Task<JsonObject> AssignedAsync(string group = "Mesa de Servicio", string? agent = "agente1")
    {
        var ticket = await RegisterAsync();
        var client = await app.As("agente1");
        var response = await client.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/assign",
            new { group, agent, note = "Asignación por categoría." });
        return await response.ReadObjectAsync(HttpStatusCode.OK);
    }

    /// <summary>A ticket of usuario1 assigned to agente1 with a question waiting for the answer (Guía §15).</summary>
    public async Task<JsonObject> AskedAsync()
    {
        var ticket = await AssignedAsync();
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/actions",
            new { kind = "question", text = "¿Cuál es el modelo de la impresora?" })).ReadObjectAsync(HttpStatusCode.Created);
        return ticket;
    }

    /// <summary>The ticket's actions as <paramref name="by"/> reads them.</summary>
    public async Task<JsonArray> ActionsAsync(JsonObject ticket, string by = "agente1")
    {
        var client = await app.As(by);
        return await (await client.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/actions")).ReadArrayAsync();
    }

    public async Task<JsonObject> ResolvedAsync()
    {
        var ticket = await AssignedAsync();
        var client = await app.As("agente1");
        await (await client.PostJsonAsync($"/api/v1/tickets/{ticket["id"]}/actions",
            new { kind = "solution", text = "Se liberó la cola de impresión." })).ReadObjectAsync(HttpStatusCode.Created);
        return await GetAsync(ticket["id"]!.ToString());
    }

    public async Task<JsonObject> GetAsync(string id, string by = "agente1")
    {
        var client = await app.As(by);
        return await (await client.GetAsync($"/api/v1/tickets/{Uri.EscapeDataString(id)}")).ReadObjectAsync(HttpStatusCode.OK);
    }

    public async Task<JsonArray> HistoryAsync(string id, string by = "agente1")
    {
        var client = await app.As(by);
        return await (await client.GetAsync($"/api/v1/tickets/{id}/history")).ReadArrayAsync();
    }

    /// <summary>Adds a small text file to a ticket through the API, as <paramref name="by"/>.</summary>
    public async Task<JsonObject> AttachAsync(string id, string by, string fileName, string content, bool published = false)
    {
        var client = await app.As(by);
        var form = FileForm(fileName, content);
        form.Add(new StringContent(published ? "true" : "false"), "published");
        return await (await client.PostAsync($"/api/v1/tickets/{id}/attachments", form)).ReadObjectAsync(HttpStatusCode.Created);
    }

    /// <summary>A multipart form with one file (the API's field "file"; the pages' "Upload.File").</summary>
    public static MultipartFormDataContent FileForm(string fileName, string content, string field = "file")
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, field, fileName } };
    }

    /// <summary>Runs a scheduled job now, as the admin API does, and answers how many items it processed.</summary>
    public async Task<int> RunJobAsync(string job)
    {
        var admin = await app.As("admin");
        var result = await (await admin.PostJsonAsync($"/api/v1/admin/jobs/{job}/run", new { })).ReadObjectAsync(HttpStatusCode.OK);
        return int.Parse(result.Str("processed"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
