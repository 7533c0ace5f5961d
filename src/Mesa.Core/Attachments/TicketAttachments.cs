using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Attachments;

/// <summary>
/// Files sent by a person (the console, the portal, the API) on their way to a ticket: the ticket must be theirs to
/// see, the file within the limits, and only then are its bytes stored and the ticket told. One way for every page
/// and endpoint; the mail intake brings files it has already checked.
/// </summary>
public sealed class TicketAttachments(TicketService tickets, TicketQueries queries, IAttachmentStore store,
    Data.MesaDbContext db, TimeProvider clock, IOptions<MesaSettings> settings)
{
    /// <summary>
    /// Checks that <paramref name="by"/> may still add <paramref name="bytes"/> today: the files they added in the last
    /// 24 hours and these stay within <c>Mesa__AttachmentQuotaMegabytesPerDay</c>. A 400 on <paramref name="field"/>.
    /// </summary>
    public async Task CheckQuotaAsync(Actor by, string field, long bytes, CancellationToken ct)
    {
        var quota = (long)(settings.Value.AttachmentQuotaMegabytesPerDay * 1024 * 1024);
        var since = clock.GetUtcNow().AddDays(-1);
        var added = await db.Attachments.Where(a => a.AddedById == by.Id && a.AddedAt >= since)
            .SumAsync(a => (long?)a.Size, ct) ?? 0;
        if (added + bytes > quota)
            throw new InputException(field, Rules.AttachmentQuotaReached, settings.Value.AttachmentQuotaMegabytesPerDay);
    }

    /// <summary>Checks a file before its bytes are read: the rule it breaks as a 400 on <paramref name="field"/>.</summary>
    public NewAttachmentCheck Check(string field, string? fileName, long length)
    {
        var name = AttachmentLimits.CleanName(fileName);
        if (AttachmentLimits.Refusal(name, length, settings.Value) is { } refusal)
            throw new InputException(field, refusal.Rule, refusal.Arguments);
        return new NewAttachmentCheck(name);
    }

    /// <summary>Stores files already checked with <see cref="Check"/>.</summary>
    public async Task<NewAttachment> StoreAsync(NewAttachmentCheck checkedFile, string? contentType, Stream content,
        CancellationToken ct)
    {
        var stored = await store.SaveAsync(content, ct);
        var type = string.IsNullOrWhiteSpace(contentType) || contentType.Length > Attachment.ContentTypeMaxLength
            ? "application/octet-stream"
            : contentType;
        return new NewAttachment(stored, checkedFile.FileName, type);
    }

    public async Task<TicketAddition<Attachment>> AddAsync(Actor by, TicketRef ticketRef, string? fileName,
        string? contentType, long length, Func<Stream> open, bool published, long? version, CancellationToken ct)
    {
        await queries.IdOfVisibleAsync(by, ticketRef, ct);
        var checkedFile = Check("file", fileName, length);
        await CheckQuotaAsync(by, "file", length, ct);
        await using var content = open();
        var file = await StoreAsync(checkedFile, contentType, content, ct);
        return await tickets.AttachAsync(by, ticketRef, file, published, version, ct);
    }

    /// <summary>The bytes of a file the actor may see, or a 404.</summary>
    public async Task<(AttachmentEntry Entry, Stream Content)> OpenAsync(Actor by, TicketRef ticketRef, long attachmentId,
        CancellationToken ct)
    {
        var entry = await queries.AttachmentAsync(by, ticketRef, attachmentId, ct);
        var content = store.OpenRead(entry.Sha256) ?? throw new NotFoundException(Rules.AttachmentNotFound, attachmentId);
        return (entry, content);
    }
}

/// <summary>A file name that passed the limits, ready to be stored.</summary>
public sealed record NewAttachmentCheck(string FileName);
