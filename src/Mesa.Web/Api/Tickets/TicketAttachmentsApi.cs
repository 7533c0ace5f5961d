using Mesa.Core.Attachments;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Mesa.Web.Api.Tickets;

/// <summary>
/// A ticket's files (Guía §14 "Información adicional – Adjuntos"): list, download, upload. A requester sees and
/// sends files only on their own tickets and only sees published ones; any other id answers 404.
/// </summary>
public static class TicketAttachmentsApi
{
    public static void MapTicketAttachments(this RouteGroupBuilder tickets)
    {
        tickets.MapGet("/{id}/attachments", ListAsync).Refuses(404);
        tickets.MapGet("/{id}/attachments/{attachmentId:long}", DownloadAsync)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream").Refuses(404);
        // The API authenticates by token or Basic only, never by cookie, so a form post needs no antiforgery token here.
        tickets.MapPost("/{id}/attachments", UploadAsync).Refuses(400, 404, 409).DisableAntiforgery();
    }

    private static async Task<IReadOnlyList<AttachmentJson>> ListAsync(HttpContext http, TicketRef id, TicketQueries queries,
        OrganisationTime time)
    {
        var files = await queries.AttachmentsAsync(await http.ActorAsync(), id, http.RequestAborted);
        return files.Select(f => AttachmentJson.From(f, time)).ToList();
    }

    private static async Task<FileStreamHttpResult> DownloadAsync(HttpContext http, TicketRef id, long attachmentId, TicketAttachments files)
    {
        var actor = await http.ActorAsync();
        var (entry, content) = await files.OpenAsync(actor, id, attachmentId, http.RequestAborted);
        // Never shown inline: a file someone sent is downloaded, not rendered in Mesa's origin.
        http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return TypedResults.File(content, entry.ContentType, entry.FileName, enableRangeProcessing: true);
    }

    private static async Task<Created<AttachmentJson>> UploadAsync(HttpContext http, TicketRef id, TicketAttachments files,
        RequestReader read, ProblemWriter text, OrganisationTime time)
    {
        if (!http.Request.HasFormContentType) throw new InputException("file", Rules.Required);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var file = form.Files.GetFile("file");
        read.Require("file", file is not null);
        var raw = form["published"].FirstOrDefault();
        var published = false;
        if (!string.IsNullOrEmpty(raw) && !bool.TryParse(raw, out published)) read.Fail("published", Rules.InvalidValue, raw);
        read.ThrowIfInvalid();
        var version = Versions.FromIfMatch(http.Request, text);
        var actor = await http.ActorAsync();
        var (ticket, attachment) = await files.AddAsync(actor, id, file!.FileName, file.ContentType, file.Length,
            file.OpenReadStream, published, version, http.RequestAborted);
        Versions.SetETag(http.Response, ticket.Version);
        return TypedResults.Created($"/api/v1/tickets/{ticket.Id}/attachments/{attachment.Id}",
            new AttachmentJson(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size,
                attachment.Published, actor.UserName, time.ToLocal(attachment.AddedAt), attachment.ActionId));
    }
}

/// <summary>A file as the API shows it; <c>url</c> downloads it.</summary>
public sealed record AttachmentJson(long Id, string FileName, string ContentType, long Size, bool Published,
    string AddedBy, DateTimeOffset At, long? ActionId)
{
    public static AttachmentJson From(AttachmentEntry e, OrganisationTime time) =>
        new(e.Id, e.FileName, e.ContentType, e.Size, e.Published, e.AddedBy, time.ToLocal(e.At), e.ActionId);
}
