using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Web.Pages.Common;
using Mesa.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Admin.MailTemplates;

/// <summary>
/// The admin writes the words of an automatic e-mail (or goes back to the built-in ones), or a
/// Notificar template, with the marks Mesa fills in, and previews the message before saving it.
/// </summary>
public sealed class EditModel(Core.Mail.MailTemplates templates, IStringLocalizer<Ui> text) : ConsolePage
{
    /// <summary>An automatic notice, by kind; without it, a Notificar template (new, or the one with <see cref="Id"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public NotificationKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Id { get; set; }

    [BindProperty]
    public MailForm Input { get; set; } = new();

    public bool Customised { get; private set; }

    /// <summary>The message as a recipient would read it, with believable values in the marks.</summary>
    public (string Subject, string Body)? Preview { get; private set; }

    public bool IsAutomatic => Kind is { } kind && kind.HasTemplate();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (IsAutomatic)
        {
            var words = (await templates.AutomaticAsync(ct))[Kind!.Value];
            (Input.Subject, Input.Body, Customised) = (words.Subject, words.Body, words.Customised);
        }
        else if (Id is { } id)
        {
            try
            {
                var notice = await templates.NoticeAsync(id.ToString(), ct);
                (Input.Name, Input.Subject, Input.Body) = (notice.Name, notice.Subject, notice.Body);
            }
            catch (NotFoundException)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await TryAsync(() => IsAutomatic
            ? templates.SaveAutomaticAsync(Kind!.Value, Input.Subject, Input.Body, ct)
            : templates.SaveNoticeAsync(Id, Input.Name, Input.Subject, Input.Body, ct));
        if (!saved) return Page();
        Flash(text["MailTemplate.Saved"]);
        return RedirectToPage("Index");
    }

    /// <summary>Shows the message being written, filled with sample values, without saving it.</summary>
    public async Task<IActionResult> OnPostPreviewAsync()
    {
        await TryAsync(() =>
        {
            // The same checks as saving, on a template that is never stored.
            var draft = new MailTemplate(IsAutomatic ? Kind!.Value : NotificationKind.Notice,
                Input.Name ?? "—", Input.Subject, Input.Body, DateTimeOffset.UnixEpoch);
            var values = templates.SampleValues();
            Preview = ($"[{values[MailPlaceholders.Code]}] {MailPlaceholders.Render(draft.Subject, values)}",
                MailPlaceholders.Render(draft.Body, values));
            return Task.CompletedTask;
        });
        return Page();
    }

    /// <summary>Forgets the organisation's words for an automatic notice: the built-in text is used again.</summary>
    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        if (!IsAutomatic) return NotFound();
        await templates.ResetAutomaticAsync(Kind!.Value, ct);
        Flash(text["MailTemplate.Reset"]);
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (IsAutomatic || Id is not { } id) return NotFound();
        await templates.DeleteNoticeAsync(id, ct);
        Flash(text["MailTemplate.Deleted"]);
        return RedirectToPage("Index");
    }

    public sealed class MailForm
    {
        public string? Name { get; set; }
        public string? Subject { get; set; }
        public string? Body { get; set; }
    }
}
