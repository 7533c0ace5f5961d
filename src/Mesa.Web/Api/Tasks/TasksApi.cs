using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tasks;
using Mesa.Web.Api.Tickets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mesa.Web.Api.Tasks;

/// <summary>
/// Guía §11 "Mis tareas": tasks, activities and milestones on tickets, problems and changes, and the
/// lists of mine and of my groups.
/// </summary>
public static class TasksApi
{
    public sealed record TaskBody(string? Title, string? Description, string? Kind, string? Agent, string? Group, string? DueAt,
        IReadOnlyList<long>? After);

    public sealed record TaskNoteBody(string? Note);

    public sealed record TaskReassignBody(string? Group, string? Agent, string? Note);

    public static RouteGroupBuilder MapTasks(this RouteGroupBuilder api)
    {
        foreach (var (path, kind) in new[] { ("tickets", TaskParentKind.Ticket), ("problems", TaskParentKind.Problem), ("changes", TaskParentKind.Change) })
        {
            api.MapPost($"/{path}/{{id}}/tasks", (HttpContext http, string id, TaskBody? body, TaskService service, RequestReader read,
                OrganisationTime time) => AddAsync(http, kind, id, body, service, read, time)).Refuses(400, 403, 404, 409);
            api.MapGet($"/{path}/{{id}}/tasks", async (HttpContext http, string id, TaskService service, OrganisationTime time) =>
            {
                var actor = await http.ActorAsync();
                var tasks = await service.OfRecordAsync(actor, kind, id, http.RequestAborted);
                return TypedResults.Ok(tasks.Select(t => TaskJson.From(t, time)).ToList());
            }).Refuses(403, 404);
        }

        var tasks = api.MapGroup("/tasks");
        tasks.MapGet("", ListAsync).Refuses(400, 403);
        tasks.MapGet("/{id:long}", async (HttpContext http, long id, TaskService service, OrganisationTime time) =>
            TypedResults.Ok(TaskJson.From(await service.GetAsync(await http.ActorAsync(), id, http.RequestAborted), time)))
            .Refuses(403, 404);
        tasks.MapPost("/{id:long}/start", (HttpContext http, long id, TaskService service, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) => service.StartAsync(actor, id, version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        tasks.MapPost("/{id:long}/complete", (HttpContext http, long id, TaskService service, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) => service.CompleteAsync(actor, id, version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        tasks.MapPost("/{id:long}/cancel", (HttpContext http, long id, TaskNoteBody? body, TaskService service, OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
                service.CancelAsync(actor, id, body?.Note, version, http.RequestAborted))).Refuses(400, 403, 404, 409);
        tasks.MapPost("/{id:long}/reassign", (HttpContext http, long id, TaskReassignBody? body, TaskService service,
                OrganisationTime time) =>
            StepAsync(http, id, service, time, (actor, version) =>
                service.ReassignAsync(actor, id, body?.Group, body?.Agent, body?.Note, version, http.RequestAborted)))
            .Refuses(400, 403, 404, 409);
        return api;
    }

    private static async Task<Created<TaskJson>> AddAsync(HttpContext http, TaskParentKind kind, string id, TaskBody? body,
        TaskService service, RequestReader read, OrganisationTime time)
    {
        read.Text("title", body?.Title, WorkTask.TitleMaxLength, required: true);
        read.Text("description", body?.Description, WorkTask.TextMaxLength);
        var taskKind = read.Enum<WorkTaskKind>("kind", body?.Kind) ?? WorkTaskKind.Task;
        var due = read.Instant("dueAt", body?.DueAt, time.Zone);
        read.ThrowIfInvalid();
        var actor = await http.ActorAsync();
        var task = await service.AddAsync(actor, kind, id, new NewTask(body!.Title, taskKind)
        {
            Description = body.Description,
            Agent = body.Agent,
            Group = body.Group,
            DueAt = due,
            After = body.After ?? [],
        }, http.RequestAborted);
        var summary = await service.GetAsync(actor, task.Id, http.RequestAborted);
        return TypedResults.Created($"/api/v1/tasks/{task.Id}", TaskJson.From(summary, time));
    }

    private static async Task<Ok<PageJson<TaskJson>>> ListAsync(HttpContext http, TaskService service, RequestReader read,
        OrganisationTime time, string? view, string? state, string? kind, string? record, bool? done, string? sort, string? page)
    {
        var v = read.Enum<TaskView>("view", view);
        var s = read.Enum<WorkTaskState>("state", state);
        var k = read.Enum<WorkTaskKind>("kind", kind);
        var r = read.Enum<TaskParentKind>("record", record);
        var order = read.Enum<TaskSort>("sort", sort);
        var number = read.Page("page", page);
        read.ThrowIfInvalid();
        var result = await service.ListAsync(await http.ActorAsync(),
            new TaskFilter(v ?? TaskView.AssignedToMe, s, k, r, done == true, number, order ?? TaskSort.Due), http.RequestAborted);
        return TypedResults.Ok(new PageJson<TaskJson>(result.Items.Select(t => TaskJson.From(t, time)).ToList(), result.Total,
            number, TaskService.PageSize));
    }

    private static async Task<Ok<TaskJson>> StepAsync(HttpContext http, long id, TaskService service, OrganisationTime time,
        Func<Actor, long?, Task<WorkTask>> step)
    {
        var actor = await http.ActorAsync();
        await step(actor, Versions.FromIfMatch(http.Request, http.RequestServices.GetRequiredService<Problems.ProblemWriter>()));
        var task = await service.GetAsync(actor, id, http.RequestAborted);
        Versions.SetETag(http.Response, task.Version);
        return TypedResults.Ok(TaskJson.From(task, time));
    }
}
