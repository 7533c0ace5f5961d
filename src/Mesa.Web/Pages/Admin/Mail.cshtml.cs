using Mesa.Core.Mail;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin;

/// <summary>
/// Mail Mesa could not handle, for the administrators: the messages of the mailboxes it could not take, and the e-mails
/// it set aside, which they may send again once the cause is fixed.
/// </summary>
public sealed class MailModel(MailProblems problems, IStringLocalizer<Ui> text) : ConsolePage
{
    public PageOf<RefusedMailEntry> Refused { get; private set; } = new([], 0);

    public PageOf<UndeliveredMailEntry> Undelivered { get; private set; } = new([], 0);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostSendAgainAsync(long id, CancellationToken ct) =>
        PostAsync(() => problems.SendAgainAsync(id, ct), text["MailProblems.SentAgain"], () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Refused = await problems.RefusedAsync(ct);
        Undelivered = await problems.UndeliveredAsync(ct);
    }
}
