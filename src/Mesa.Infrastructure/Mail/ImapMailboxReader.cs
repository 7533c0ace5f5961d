using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Mesa.Core.Common;
using Mesa.Core.Mail.Inbound;
using Microsoft.Extensions.Logging;

namespace Mesa.Infrastructure.Mail;

/// <summary>
/// Reads a mailbox over IMAP with MailKit: the waiting messages of its folder, oldest first, each moved to the
/// processed folder once Mesa has taken it or to the error folder once Mesa gives up on it (both created when
/// missing). At most <see cref="MaxPerRun"/> a run, so that one run stays short and a flood is worked off over the next
/// runs; messages Mesa leaves for a later try are few, because it gives up on each after a few runs.
/// </summary>
public sealed class ImapMailboxReader(ILogger<ImapMailboxReader> log) : IMailboxReader
{
    public const int MaxPerRun = 500;

    private const int MoveBatch = 50;

    public async Task ReadAsync(MailboxSettings mailbox, MailReadLimits limits, Func<WaitingMail, Task<MailVerdict>> take,
        CancellationToken ct)
    {
        using var client = new ImapClient { Timeout = 60_000 };
        await client.ConnectAsync(mailbox.Host, mailbox.Port, MailSecurity.Of(mailbox.Security), ct);
        await client.AuthenticateAsync(mailbox.User, mailbox.Password, ct);

        var folder = string.Equals(mailbox.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(mailbox.Folder, ct);
        var processed = await FolderAsync(client, mailbox.ProcessedFolder, ct);
        var errors = await FolderAsync(client, mailbox.ErrorFolder, ct);
        await folder.OpenAsync(FolderAccess.ReadWrite, ct);

        var waiting = await folder.SearchAsync(SearchQuery.NotDeleted, ct);
        var batch = waiting.OrderBy(u => u.Id).Take(MaxPerRun).ToList();
        // What the server says of each message comes first, so that one too large is never downloaded.
        var summaries = batch.Count == 0
            ? []
            : await folder.FetchAsync(batch, MessageSummaryItems.UniqueId | MessageSummaryItems.Size | MessageSummaryItems.Envelope, ct);
        var taken = new List<UniqueId>();
        var refused = new List<UniqueId>();
        foreach (var summary in summaries.OrderBy(s => s.UniqueId.Id))
        {
            var verdict = await take(await WaitingAsync(folder, summary, limits, mailbox.TrustedAuthServId, ct));
            if (verdict == MailVerdict.Later) continue;
            var moves = verdict == MailVerdict.Taken ? taken : refused;
            moves.Add(summary.UniqueId);
            // Messages move in batches, one IMAP command each: a message taken but not yet moved when the process
            // stops is read again next run and recognised by its Message-ID, so nothing is taken twice.
            if (moves.Count == MoveBatch) await MoveAsync(folder, moves, verdict == MailVerdict.Taken ? processed : errors, ct);
        }

        await MoveAsync(folder, taken, processed, ct);
        await MoveAsync(folder, refused, errors, ct);

        if (waiting.Count > MaxPerRun)
            log.LogInformation("{Mailbox}: {Count} messages wait for the next run", mailbox.Address, waiting.Count - MaxPerRun);
        await client.DisconnectAsync(true, ct);
    }

    /// <summary>
    /// A message as Mesa looks at it: from the envelope alone when it is over the size limit or cannot be read (the
    /// reason goes with it), otherwise downloaded and parsed.
    /// </summary>
    private static async Task<WaitingMail> WaitingAsync(IMailFolder folder, IMessageSummary summary, MailReadLimits limits,
        string trustedAuthServId, CancellationToken ct)
    {
        var envelope = summary.Envelope;
        var messageId = envelope?.MessageId;
        var key = string.IsNullOrWhiteSpace(messageId)
            ? $"imap:{folder.UidValidity}:{summary.UniqueId.Id}"
            : InputText.Clean(messageId.Trim());
        var from = InputText.Clean(envelope?.From.Mailboxes.FirstOrDefault()?.Address ?? "");
        var subject = InputText.Clean(envelope?.Subject ?? "");
        var size = (long)(summary.Size ?? 0);
        if (size > limits.MaxMessageBytes)
        {
            return new WaitingMail(key, from, subject, size, null, MailRefusalReason.TooLarge,
                $"{size} bytes, over the limit of {limits.MaxMessageBytes}");
        }

        try
        {
            var message = await folder.GetMessageAsync(summary.UniqueId, ct);
            return new WaitingMail(key, from, subject, size, InboundMailParser.Parse(message, limits.MaxAttachmentBytes, trustedAuthServId));
        }
        catch (Exception error) when (error is not OperationCanceledException and not IOException and not ImapProtocolException)
        {
            return new WaitingMail(key, from, subject, size, null, MailRefusalReason.Unreadable,
                $"{error.GetType().Name}: {error.Message}");
        }
    }

    private static async Task MoveAsync(IMailFolder folder, List<UniqueId> uids, IMailFolder processed, CancellationToken ct)
    {
        if (uids.Count == 0) return;
        await folder.MoveToAsync(uids, processed, ct);
        uids.Clear();
    }

    private static async Task<IMailFolder> FolderAsync(ImapClient client, string name, CancellationToken ct)
    {
        try
        {
            return await client.GetFolderAsync(name, ct);
        }
        catch (FolderNotFoundException)
        {
            var root = await client.GetFolderAsync(client.PersonalNamespaces[0].Path, ct);
            return await root.CreateAsync(name, isMessageFolder: true, ct)
                ?? throw new InvalidOperationException($"The IMAP server did not create the folder {name}.");
        }
    }
}
