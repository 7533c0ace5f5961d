using Mesa.Core.Mail;
using Mesa.Web.Pages.Common;

namespace Mesa.Web.Pages.Admin.MailTemplates;

/// <summary>The words of every automatic e-mail and the templates of Notificar (Guía §15.1).</summary>
public sealed class IndexModel(Core.Mail.MailTemplates templates) : ConsolePage
{
    public IReadOnlyDictionary<NotificationKind, Core.Mail.MailTemplates.MailWords> Automatic { get; private set; } =
        new Dictionary<NotificationKind, Core.Mail.MailTemplates.MailWords>();

    public IReadOnlyList<MailTemplate> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Automatic = await templates.AutomaticAsync(ct);
        Notices = await templates.NoticesAsync(ct);
    }
}
