using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using Mesa.Web.Api.Problems;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Mail Mesa could not handle, newest first: the messages of the service mailboxes it could not take, and the e-mails
/// it set aside because they could never be sent as they stand (which an admin may send again).
/// </summary>
public static class MailProblemsAdminApi
{
    public sealed record RefusedMailJson(long Id, string Mailbox, string MessageKey, string From, string Subject, long Size,
        MailRefusalReason Reason, string Detail, int Tries, DateTimeOffset FirstAt, DateTimeOffset LastAt,
        DateTimeOffset? MovedAt);

    public sealed record RefusedMailsJson(IReadOnlyList<RefusedMailJson> Items, int Total);

    /// <summary>
    /// A set-aside e-mail: about a ticket (<c>ticket</c>), a change (<c>change</c>) or a scheduled report
    /// (<c>reportSchedule</c>: its id and name), the others null.
    /// </summary>
    public sealed record UndeliveredMailJson(long Id, TicketRefJson? Ticket, TicketRefJson? Change, NotificationKind Kind,
        string? RecipientUser, string? RecipientEmail, string? RecipientGroup, bool ToSupervisors, UndeliverableReason Reason, string Detail,
        int Attempts, DateTimeOffset CreatedAt)
    {
        public TicketRefJson? ReportSchedule { get; init; }
    }

    public sealed record TicketRefJson(long Id, string Code);

    public sealed record UndeliveredMailsJson(IReadOnlyList<UndeliveredMailJson> Items, int Total);

    public static void MapMailProblemsAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/mail/undelivered", async (MailProblems problems, OrganisationTime time, HttpContext http) =>
        {
            var undelivered = await problems.UndeliveredAsync(http.RequestAborted);
            return new UndeliveredMailsJson(undelivered.Items.Select(n => new UndeliveredMailJson(n.Id,
                n.TicketId is { } ticket ? new TicketRefJson(ticket, n.Code) : null,
                n.ChangeId is { } change ? new TicketRefJson(change, n.Code) : null, n.Kind, n.RecipientUser, n.RecipientEmail, n.RecipientGroup,
                n.ToSupervisors, n.Reason, n.Detail, n.Attempts, time.ToLocal(n.CreatedAt))
            {
                ReportSchedule = n.ReportScheduleId is { } schedule ? new TicketRefJson(schedule, n.Code) : null,
            }).ToList(), undelivered.Total);
        });
        admin.MapPost("/mail/undelivered/{id:long}/send-again", async (long id, MailProblems problems, HttpContext http) =>
        {
            await problems.SendAgainAsync(id, http.RequestAborted);
            return TypedResults.NoContent();
        }).Refuses(404, 409);
        admin.MapGet("/mail/refused", async (MailProblems problems, OrganisationTime time, HttpContext http) =>
        {
            var refused = await problems.RefusedAsync(http.RequestAborted);
            return new RefusedMailsJson(refused.Items.Select(r => new RefusedMailJson(r.Id, r.Mailbox, r.MessageKey, r.From,
                r.Subject, r.Size, r.Reason, r.Detail, r.Tries, time.ToLocal(r.FirstAt), time.ToLocal(r.LastAt),
                r.MovedAt is { } moved ? time.ToLocal(moved) : null)).ToList(), refused.Total);
        });
    }
}
