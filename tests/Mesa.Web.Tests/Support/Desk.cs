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

    /// <summary>Runs a job of contract §6 now, as the admin API does, and answers how many items it processed.</summary>
    public async Task<int> RunJobAsync(string job)
    {
        var admin = await app.As("admin");
        var result = await (await admin.PostJsonAsync($"/api/v1/admin/jobs/{job}/run", new { })).ReadObjectAsync(HttpStatusCode.OK);
        return int.Parse(result.Str("processed"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
