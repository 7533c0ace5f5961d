using Mesa.Core.Approvals;
using Mesa.Core.Common;

namespace Mesa.Web.Api.Approvals;

/// <summary>
/// Guía §14.2 "Flujo de trabajo": the approvers' side of the requests' approval flows. Any signed-in person may be an
/// approver; each sees only the requests they are asked about.
/// </summary>
public static class ApprovalsApi
{
    public sealed record DecisionBody(string? Decision, string? Note);

    public static RouteGroupBuilder MapApprovals(this RouteGroupBuilder api)
    {
        var approvals = api.MapGroup("/approvals");
        approvals.MapGet("", async (HttpContext http, RequestApprovals service, OrganisationTime time) =>
            (await service.PendingForAsync(await http.ActorAsync(), http.RequestAborted))
            .Select(p => new PendingApprovalJson(new TicketRefJson(p.TicketId, p.Code), p.Title, p.Requester, p.Service,
                p.Category, p.Step, p.Position, p.Steps, time.ToLocal(p.RequestedAt),
                p.DueAt is { } due ? time.ToLocal(due) : null)));
        approvals.MapGet("/{ticketId:long}", async (HttpContext http, long ticketId, RequestApprovals service,
            OrganisationTime time) => Json(await service.RequestAsync(await http.ActorAsync(), ticketId, http.RequestAborted), time))
            .Refuses(404);
        approvals.MapPost("/{ticketId:long}", async (HttpContext http, long ticketId, DecisionBody? body, RequestApprovals service,
            RequestReader read, Problems.ProblemWriter text, OrganisationTime time) =>
        {
            var version = Versions.FromIfMatch(http.Request, text);
            var decision = read.Enum<ApprovalDecisionJson>("decision", body?.Decision, required: true);
            read.ThrowIfInvalid();
            var actor = await http.ActorAsync();
            await service.DecideAsync(actor, ticketId, decision == ApprovalDecisionJson.Approve, body?.Note, version,
                http.RequestAborted);
            return Json(await service.RequestAsync(actor, ticketId, http.RequestAborted), time);
        }).Refuses(400, 404, 409);
        return api;
    }

    public enum ApprovalDecisionJson
    {
        Approve,
        Reject,
    }

    private static ApprovalRequestJson Json(ApprovalRequestView r, OrganisationTime time) =>
        new(new TicketRefJson(r.TicketId, r.Code), r.Type, r.Title, r.Description, r.Requester, r.Service, r.Category,
            time.ToLocal(r.CreatedAt), r.Fields, ApprovalFlowJson.From(r.Flow, time));
}
