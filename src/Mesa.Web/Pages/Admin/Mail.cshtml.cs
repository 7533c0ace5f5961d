using Mesa.Core.Mail;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin;

/// <summary>Mail Mesa could not handle, for the administrators: the messages of the mailboxes it could not take.</summary>
public sealed class MailModel(MailProblems problems) : ConsolePage
{
    public PageOf<RefusedMailEntry> Refused { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken ct) => Refused = await problems.RefusedAsync(ct);
}
