using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;

namespace Mesa.Web.Api.Admin;

/// <summary>Mail Mesa could not handle: the messages of the service mailboxes it could not take, newest first.</summary>
public static class MailProblemsAdminApi
{
    public sealed record RefusedMailJson(long Id, string Mailbox, string MessageKey, string From, string Subject, long Size,
        MailRefusalReason Reason, string Detail, int Tries, DateTimeOffset FirstAt, DateTimeOffset LastAt,
        DateTimeOffset? MovedAt);

    public sealed record RefusedMailsJson(IReadOnlyList<RefusedMailJson> Items, int Total);

    public static void MapMailProblemsAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/mail/refused", async (MailProblems problems, OrganisationTime time, HttpContext http) =>
        {
            var refused = await problems.RefusedAsync(http.RequestAborted);
            return new RefusedMailsJson(refused.Items.Select(r => new RefusedMailJson(r.Id, r.Mailbox, r.MessageKey, r.From,
                r.Subject, r.Size, r.Reason, r.Detail, r.Tries, time.ToLocal(r.FirstAt), time.ToLocal(r.LastAt),
                r.MovedAt is { } moved ? time.ToLocal(moved) : null)).ToList(), refused.Total);
        });
    }
}
