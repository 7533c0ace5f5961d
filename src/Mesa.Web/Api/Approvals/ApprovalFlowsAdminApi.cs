using Mesa.Core.Approvals;
using Mesa.Core.People;

namespace Mesa.Web.Api.Approvals;

/// <summary>
/// The administrators' upkeep of the requests' approval flows (Guía §14.2 "Flujo de trabajo"), and of who approves:
/// each person's manager, each service's owner, the flow of a category (a template names its own).
/// </summary>
public static class ApprovalFlowsAdminApi
{
    public sealed record FlowBody(string? Name, string? Description, bool? Active, IReadOnlyList<StepBody?>? Steps);

    public sealed record StepBody(string? Name, string? Approver, string? Person, int? ReminderHours, int? TimeoutHours,
        string? OnTimeout);

    public sealed record ManagerBody(string? Manager);

    public sealed record OwnerBody(string? Owner);

    public sealed record CategoryFlowBody(string? ApprovalFlow);

    public static void MapApprovalFlowsAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/approval-flows", async (ApprovalFlows flows, HttpContext http) =>
        {
            var all = await flows.AllAsync(http.RequestAborted);
            var people = await flows.PeopleOfAsync(all, http.RequestAborted);
            return all.Select(f => Json(f, people));
        });
        admin.MapGet("/approval-flows/{id:int}", async (int id, ApprovalFlows flows, HttpContext http) =>
        {
            var flow = await flows.GetAsync(id, http.RequestAborted);
            return Json(flow, await flows.PeopleOfAsync([flow], http.RequestAborted));
        }).Refuses(404);
        admin.MapPost("/approval-flows", async (FlowBody? body, ApprovalFlows flows, RequestReader read, HttpContext http) =>
        {
            var flow = await flows.SaveAsync(null, Definition(body, read), http.RequestAborted);
            return TypedResults.Created($"/api/v1/admin/approval-flows/{flow.Id}",
                Json(flow, await flows.PeopleOfAsync([flow], http.RequestAborted)));
        }).Refuses(400);
        admin.MapPut("/approval-flows/{id:int}", async (int id, FlowBody? body, ApprovalFlows flows, RequestReader read,
            HttpContext http) =>
        {
            var flow = await flows.SaveAsync(id, Definition(body, read), http.RequestAborted);
            return Json(flow, await flows.PeopleOfAsync([flow], http.RequestAborted));
        }).Refuses(400, 404);
        admin.MapPut("/users/{userName}/manager", async (string userName, ManagerBody? body, ApprovalFlows flows,
            RequestReader read, HttpContext http) =>
        {
            read.Text("manager", body?.Manager, User.UserNameMaxLength);
            read.ThrowIfInvalid();
            await flows.SetManagerAsync(userName, body?.Manager, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400);
        admin.MapPut("/services/{id:long}/owner", async (long id, OwnerBody? body, ApprovalFlows flows, RequestReader read,
            HttpContext http) =>
        {
            read.Text("owner", body?.Owner, User.UserNameMaxLength);
            read.ThrowIfInvalid();
            await flows.SetServiceOwnerAsync(id, body?.Owner, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400, 404);
        admin.MapPut("/categories/{id:long}/approval-flow", async (long id, CategoryFlowBody? body, ApprovalFlows flows,
            RequestReader read, HttpContext http) =>
        {
            read.Text("approvalFlow", body?.ApprovalFlow, ApprovalFlow.NameMaxLength);
            read.ThrowIfInvalid();
            await flows.SetCategoryFlowAsync(id, body?.ApprovalFlow, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(400, 404);
    }

    private static ApprovalFlowDefinition Definition(FlowBody? body, RequestReader read)
    {
        read.Text("name", body?.Name, ApprovalFlow.NameMaxLength, required: true);
        read.Text("description", body?.Description, ApprovalFlow.DescriptionMaxLength);
        var steps = new List<ApprovalStepDefinition>();
        foreach (var (step, index) in (body?.Steps ?? []).Select((s, i) => (s, i)))
        {
            var field = $"steps[{index}]";
            read.Require(field, step is not null);
            var kind = read.Enum<ApproverKind>($"{field}.approver", step?.Approver, required: step is not null);
            var onTimeout = read.Enum<ApprovalTimeoutOutcome>($"{field}.onTimeout", step?.OnTimeout);
            read.Text($"{field}.name", step?.Name, ApprovalFlowStep.NameMaxLength, required: step is not null);
            read.Text($"{field}.person", step?.Person, User.UserNameMaxLength);
            if (step is not null && kind is { } k)
            {
                steps.Add(new ApprovalStepDefinition(step.Name, k, step.Person, step.ReminderHours, step.TimeoutHours,
                    onTimeout ?? ApprovalTimeoutOutcome.Reject));
            }
        }

        read.ThrowIfInvalid();
        return new ApprovalFlowDefinition(body!.Name, body.Description, body.Active ?? true, steps);
    }

    private static ApprovalFlowAdminJson Json(ApprovalFlow flow, IReadOnlyDictionary<long, string> people) =>
        new(flow.Id, flow.Name, flow.Description, flow.Active, flow.Steps.OrderBy(s => s.Position)
            .Select(s => new ApprovalFlowStepJson(s.Name, s.Kind, s.PersonId is { } id ? people.GetValueOrDefault(id) : null,
                s.ReminderHours, s.TimeoutHours, s.OnTimeout)).ToList());
}
