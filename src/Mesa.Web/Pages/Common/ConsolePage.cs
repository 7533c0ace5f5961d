using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Web.Api;
using Mesa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// What every signed-in page shares: the actor with their roles and groups, and the disciplined form post of
/// <c>STYLE.md</c> — act through one service method; a rule the ticket breaks becomes a message on the form,
/// which keeps what was typed.
/// </summary>
public abstract class ConsolePage : PageModel
{
    public const string FlashKey = "Flash";

    protected Task<Actor> ActorAsync() => HttpContext.ActorAsync();

    protected void Flash(string message) => TempData[FlashKey] = message;

    /// <summary>
    /// The whole form post of STYLE.md in one step: run the use case; on success flash <paramref name="message"/> and
    /// redirect to this page (post/redirect/get); otherwise read the page's data again and show the form with its errors.
    /// </summary>
    protected async Task<IActionResult> PostAsync(Func<Task> act, string message, Func<Task> reload,
        object? routeValues = null, string prefix = "Input")
    {
        if (await TryAsync(act, prefix))
        {
            Flash(message);
            return RedirectToPage(routeValues);
        }

        await reload();
        return Page();
    }

    /// <summary>
    /// Runs a use case, unless a field could not be read (<see cref="PageInput"/>). A broken rule, bad input or a stale version becomes a form error (beside its field when the
    /// domain named one, <paramref name="prefix"/> being the bound model's name) and the answer is false.
    /// </summary>
    protected async Task<bool> TryAsync(Func<Task> act, string prefix = "Input")
    {
        // A value of the wrong kind already has its message beside the field: act on nothing.
        if (PageInput.HasBindingErrors(ModelState)) return false;
        try
        {
            await act();
            return true;
        }
        catch (Exception error) when (HttpContext.RequestServices.GetRequiredService<RuleText>().For(error) is { } message)
        {
            var key = error is InputException input && input.Field.Length > 0
                ? $"{prefix}.{char.ToUpperInvariant(input.Field[0])}{input.Field[1..]}"
                : string.Empty;
            ModelState.AddModelError(key, message);
            return false;
        }
    }

    /// <summary>
    /// A list's read whose search or filter may be refused (too long, a value that means nothing): the message goes
    /// beside <paramref name="field"/> and the list shows <paramref name="empty"/>.
    /// </summary>
    protected async Task<T> ListOrRefuseAsync<T>(Func<Task<T>> read, string field, T empty)
    {
        try
        {
            return await read();
        }
        catch (InputException error)
        {
            ModelState.AddModelError(field, HttpContext.RequestServices.GetRequiredService<RuleText>().For(error)!);
            return empty;
        }
    }

    /// <summary>A ticket's file, downloaded (never shown inline); 404 for one the person may not see.</summary>
    protected async Task<IActionResult> AttachmentFileAsync(long ticketId, long attachmentId, CancellationToken ct)
    {
        var files = HttpContext.RequestServices.GetRequiredService<TicketAttachments>();
        try
        {
            var (entry, content) = await files.OpenAsync(await ActorAsync(), ticketId.ToString(), attachmentId, ct);
            Response.Headers.XContentTypeOptions = "nosniff";
            return File(content, entry.ContentType, entry.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>The ticket's PDF report, downloaded; 404 for a ticket the person may not see.</summary>
    protected async Task<IActionResult> ReportFileAsync(long ticketId, CancellationToken ct)
    {
        var report = HttpContext.RequestServices.GetRequiredService<Reports.TicketReport>();
        try
        {
            var (fileName, content) = await report.PdfAsync(await ActorAsync(), ticketId.ToString(), ct);
            return File(content, "application/pdf", fileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>
    /// The files sent with a new ticket: every one is checked against the limits before any is stored, so a refused
    /// file leaves nothing behind and the form says which one.
    /// </summary>
    protected async Task<IReadOnlyList<NewAttachment>> NewAttachmentsAsync(IReadOnlyList<IFormFile> files, string field,
        CancellationToken ct)
    {
        var limits = HttpContext.RequestServices.GetRequiredService<TicketAttachments>();
        var sent = files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        var checkedFiles = sent.Select(f => limits.Check(field, f.FileName, f.Length)).ToList();
        var stored = new List<NewAttachment>();
        for (var i = 0; i < sent.Count; i++)
        {
            await using var content = sent[i].OpenReadStream();
            stored.Add(await limits.StoreAsync(checkedFiles[i], sent[i].ContentType, content, ct));
        }

        return stored;
    }

    /// <summary>The upload form of <c>_Attachments</c>: the file joins the ticket, or the form says why not.</summary>
    protected async Task AttachAsync(long ticketId, AttachmentForm form, long? version, CancellationToken ct)
    {
        if (form.File is not { } file) throw new InputException("file", Rules.Required);
        var files = HttpContext.RequestServices.GetRequiredService<TicketAttachments>();
        await files.AddAsync(await ActorAsync(), ticketId.ToString(), file.FileName, file.ContentType, file.Length,
            file.OpenReadStream, form.Published, version, ct);
    }
}

/// <summary>The upload form of a ticket's files: the file and, for staff, whether the requester sees it.</summary>
public sealed class AttachmentForm
{
    public IFormFile? File { get; set; }

    public bool Published { get; set; }
}

/// <summary>What <c>_Attachments</c> shows: the files, where each downloads, and whether a file may be added.</summary>
public sealed record AttachmentsPanel(IReadOnlyList<Mesa.Core.Tickets.AttachmentEntry> Files, string DownloadPath,
    bool CanUpload, bool ForStaff, long Version, double MaxMegabytes);
