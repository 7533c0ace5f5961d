using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.Mvc;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// The files of a ticket as the console and the portal hand them out and take them in: a download (never shown
/// inline), the PDF report, an upload, and the files sent with a new ticket. A ticket the person may not see is 404.
/// </summary>
public sealed class TicketFiles(TicketAttachments attachments, Reports.TicketReport report)
{
    public async Task<IActionResult> DownloadAsync(HttpResponse response, Actor by, long ticketId, long attachmentId,
        CancellationToken ct)
    {
        try
        {
            var (entry, content) = await attachments.OpenAsync(by, ticketId, attachmentId, ct);
            response.Headers.XContentTypeOptions = "nosniff";
            return new FileStreamResult(content, entry.ContentType) { FileDownloadName = entry.FileName };
        }
        catch (NotFoundException)
        {
            return new NotFoundResult();
        }
    }

    public async Task<IActionResult> ReportAsync(Actor by, long ticketId, CancellationToken ct)
    {
        try
        {
            var (fileName, content) = await report.PdfAsync(by, ticketId, ct);
            return new FileContentResult(content, "application/pdf") { FileDownloadName = fileName };
        }
        catch (NotFoundException)
        {
            return new NotFoundResult();
        }
    }

    /// <summary>The upload form of <c>_Attachments</c>: the file joins the ticket, or the form says why not.</summary>
    public async Task AttachAsync(Actor by, TicketRef ticket, AttachmentForm form, long? version, CancellationToken ct)
    {
        if (form.File is not { } file) throw new InputException("file", Rules.Required);
        await attachments.AddAsync(by, ticket, file.FileName, file.ContentType, file.Length, file.OpenReadStream,
            form.Published, version, ct);
    }

    /// <summary>
    /// The files sent with a new ticket: every one is checked against the limits before any is stored, so a refused
    /// file leaves nothing behind and the form says which one.
    /// </summary>
    public async Task<IReadOnlyList<NewAttachment>> StoreNewAsync(Actor by, IReadOnlyList<IFormFile> files, string field,
        CancellationToken ct)
    {
        var sent = files.Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        var checkedFiles = sent.Select(f => attachments.Check(field, f.FileName, f.Length)).ToList();
        if (sent.Count > 0) await attachments.CheckQuotaAsync(by, field, sent.Sum(f => f.Length), ct);
        var stored = new List<NewAttachment>();
        for (var i = 0; i < sent.Count; i++)
        {
            await using var content = sent[i].OpenReadStream();
            stored.Add(await attachments.StoreAsync(checkedFiles[i], sent[i].ContentType, content, ct));
        }

        return stored;
    }
}

/// <summary>The upload form of a ticket's files: the file and, for staff, whether the requester sees it.</summary>
public sealed class AttachmentForm
{
    public IFormFile? File { get; set; }

    public bool Published { get; set; }
}

/// <summary>What <c>_Attachments</c> shows: the files, where each downloads, and whether a file may be added.</summary>
public sealed record AttachmentsPanel(IReadOnlyList<AttachmentEntry> Files, string DownloadPath,
    bool CanUpload, bool ForStaff, long Version, double MaxMegabytes);
