using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using Mesa.Core.Tickets;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.Mailboxes;

/// <summary>
/// An inbound mailbox kept in the browser (Guía §6 "Correo electrónico"): where it is read, with which user and
/// password (kept encrypted, never shown again), the service and type of the tickets it opens, and its folders.
/// <i>Probar conexión</i> tries what is typed before anything is saved.
/// </summary>
public sealed class EditModel(MailboxAdministration mailboxes, TicketChoices choices, IStringLocalizer<Ui> text) : ConsolePage
{
    public sealed class MailboxForm
    {
        public string? Address { get; set; }

        public string? Host { get; set; }

        public int? Port { get; set; } = 993;

        public string Security { get; set; } = "tls";

        public string? User { get; set; }

        public string? Password { get; set; }

        public string? Service { get; set; }

        public TicketType Type { get; set; } = TicketType.Incident;

        public string? Folder { get; set; } = "INBOX";

        public string? ProcessedFolder { get; set; } = "Procesados";

        public string? ErrorFolder { get; set; } = "Errores";

        public string? TrustedAuthServId { get; set; }

        public bool Active { get; set; } = true;

        public MailboxInput Typed() => new(Address, Host, Port, Security, User, Password, Service ?? "", Type, Folder,
            ProcessedFolder, ErrorFolder, TrustedAuthServId ?? "", Active);
    }

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public MailboxForm Input { get; set; } = new();

    public MailboxEntry? Current { get; private set; }

    public IReadOnlyList<string> Services { get; private set; } = [];

    /// <summary>What <i>probar conexión</i> said.</summary>
    public MailConnectionCheck? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Current is { } m)
        {
            Input = new MailboxForm
            {
                Address = m.Address,
                Host = m.Host,
                Port = m.Port,
                Security = m.Security,
                User = m.User,
                Service = m.Service,
                Type = m.Type,
                Folder = m.Folder,
                ProcessedFolder = m.ProcessedFolder,
                ErrorFolder = m.ErrorFolder,
                TrustedAuthServId = m.TrustedAuthServId,
                Active = m.Active,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await TryAsync(async () =>
            {
                if (Id is { } id) await mailboxes.ChangeAsync(id, Input.Typed(), ct);
                else await mailboxes.CreateAsync(Input.Typed(), ct);
            }))
        {
            Flash(text["Mailbox.Saved"]);
            return RedirectToPage("Index");
        }

        return Page();
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        await TryAsync(async () => Result = await mailboxes.TestAsync(Input.Typed(), Id, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (Id is not { } id || !await LoadAsync(ct)) return NotFound();
        if (await TryAsync(() => mailboxes.RemoveAsync(id, ct)))
        {
            Flash(text["Mailbox.Removed", Current!.Address]);
            return RedirectToPage("Index");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Services = (await choices.CatalogAsync(ct)).Select(s => s.Name).ToList();
        if (Id is not { } id) return true;
        try
        {
            Current = await mailboxes.GetAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
