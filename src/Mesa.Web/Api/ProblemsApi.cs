using Mesa.Core.Problems;

namespace Mesa.Web.Api;

/// <summary>Guía §11 "Problemas y errores conocidos": register, assign, declare a known error, resolve, close, reopen.</summary>
public static class ProblemsApi
{
    public sealed record ProblemRequest(string? Title, string? Description, string? RootCause, string? Workaround);

    public sealed record ProblemAssignRequest(string? Group, string? Agent, string? Note);

    public sealed record ProblemStepRequest(string? RootCause, string? Workaround, string? Solution, string? Note);

    public static RouteGroupBuilder MapProblems(this RouteGroupBuilder api)
    {
        var problems = api.MapGroup("/problems");
        problems.MapGet("", async (HttpContext http, ProblemService service, RequestReader read, string? view,
            string? state, string? q, bool? closed, string? page) =>
        {
            var v = read.Enum<ProblemView>("view", view);
            var s = read.Enum<ProblemState>("state", state);
            var number = read.Page("page", page);
            read.ThrowIfInvalid();
            return await service.ListAsync(await http.ActorAsync(),
                new ProblemFilter(v ?? ProblemView.All, s, q, closed == true, number), http.RequestAborted);
        }).Refuses(400, 403);
        // The panel's counters (Guía §11): per view, the problems not closed by state.
        problems.MapGet("/counters", async (HttpContext http, ProblemService service) =>
            (await service.CountersAsync(await http.ActorAsync(), http.RequestAborted))
            .ToDictionary(v => ApiEnums.Name(v.Key), v => v.Value.ByState.ToDictionary(s => ApiEnums.Name(s.Key), s => s.Value))).Refuses(403);
        problems.MapGet("/{id}", async (HttpContext http, string id, ProblemService service) =>
            await service.GetAsync(await http.ActorAsync(), id, http.RequestAborted)).Refuses(403);
        problems.MapPost("", async (HttpContext http, ProblemRequest? body, ProblemService service, RequestReader read) =>
        {
            read.Text("title", body?.Title, Problem.TitleMaxLength, required: true);
            read.Text("description", body?.Description, Problem.TextMaxLength, required: true);
            read.ThrowIfInvalid();
            var actor = await http.ActorAsync();
            var id = await service.CreateAsync(actor, body!.Title, body.Description, http.RequestAborted);
            return TypedResults.Created($"/api/v1/problems/{id}", await service.GetAsync(actor, Key(id), http.RequestAborted));
        }).Refuses(403);
        problems.MapPut("/{id}", (HttpContext http, string id, ProblemRequest? body, ProblemService service) =>
            StepAsync(http, id, service, (actor, version) => service.EditAsync(actor, id, body?.Title, body?.Description,
                body?.RootCause, body?.Workaround, version, http.RequestAborted))).Refuses(403);
        problems.MapPost("/{id}/assign", (HttpContext http, string id, ProblemAssignRequest? body, ProblemService service) =>
            StepAsync(http, id, service, (actor, version) => service.AssignAsync(actor, id, body?.Group, body?.Agent,
                body?.Note, version, http.RequestAborted))).Refuses(400, 403, 409);
        problems.MapPost("/{id}/known-error", (HttpContext http, string id, ProblemStepRequest? body, ProblemService service) =>
            StepAsync(http, id, service, (actor, version) => service.DeclareKnownErrorAsync(actor, id, body?.RootCause,
                body?.Workaround, version, http.RequestAborted))).Refuses(403, 409);
        problems.MapPost("/{id}/resolve", (HttpContext http, string id, ProblemStepRequest? body, ProblemService service) =>
            StepAsync(http, id, service, (actor, version) => service.ResolveAsync(actor, id, body?.Solution, version,
                http.RequestAborted))).Refuses(403, 409);
        problems.MapPost("/{id}/close", (HttpContext http, string id, ProblemStepRequest? body, ProblemService service) =>
            StepAsync(http, id, service, (actor, version) => service.CloseAsync(actor, id, body?.Note, version,
                http.RequestAborted))).Refuses(403, 409);
        problems.MapPost("/{id}/reopen", (HttpContext http, string id, ProblemStepRequest? body, ProblemService service) =>
            StepAsync(http, id, service, (actor, version) => service.ReopenAsync(actor, id, body?.Note, version,
                http.RequestAborted))).Refuses(403, 409);
        return api;
    }

    /// <summary>One step of the problem's life, guarded by If-Match when sent; answers with the problem as it is now.</summary>
    private static async Task<Core.Problems.ProblemDetails> StepAsync(HttpContext http, string id, ProblemService service,
        Func<Core.People.Actor, long?, Task> step)
    {
        var actor = await http.ActorAsync();
        await step(actor, Versions.FromIfMatch(http.Request, http.RequestServices.GetRequiredService<Problems.ProblemWriter>()));
        return await service.GetAsync(actor, id, http.RequestAborted);
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
