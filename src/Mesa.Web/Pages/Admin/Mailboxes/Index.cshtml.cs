using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using Mesa.Web.Pages.Common;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Admin.Mailboxes;

/// <summary>
/// Guía §6 "Correo electrónico": the inbound mailboxes, those of the settings files (read-only) and those kept in the
/// browser, each with its <i>probar conexión</i>.
/// </summary>
public sealed class IndexModel(MailboxAdministration mailboxes) : ConsolePage
{
    public IReadOnlyList<MailboxEntry> All { get; private set; } = [];

    /// <summary>Which mailbox was just tried, and what the try said.</summary>
    public (string Address, MailConnectionCheck Check)? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => All = await mailboxes.ListAsync(ct);

    /// <summary>Tries a saved mailbox (<paramref name="id"/>) or one of the settings files' (<paramref name="configured"/>).</summary>
    public async Task<IActionResult> OnPostTestAsync(long? id, int? configured, CancellationToken ct)
    {
        All = await mailboxes.ListAsync(ct);
        var entry = All.FirstOrDefault(m => id is not null ? m.Id == id : m.Configured == configured);
        if (entry is null) return NotFound();
        var check = id is { } saved
            ? await mailboxes.TestAsync(MailboxInput.Unchanged, saved, ct)
            : await mailboxes.TestConfiguredAsync(configured!.Value, ct);
        Result = (entry.Address, check);
        return Page();
    }
}
