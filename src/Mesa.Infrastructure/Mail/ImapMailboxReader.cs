using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Mesa.Core.Mail.Inbound;
using Microsoft.Extensions.Logging;

namespace Mesa.Infrastructure.Mail;

/// <summary>
/// Reads a mailbox over IMAP with MailKit: the waiting messages of its folder, oldest first, each moved to the
/// processed folder (created when missing) once Mesa has taken it. At most <see cref="MaxPerRun"/> a run, so that
/// one run stays short and a flood is worked off over the next runs.
/// </summary>
public sealed class ImapMailboxReader(ILogger<ImapMailboxReader> log) : IMailboxReader
{
    public const int MaxPerRun = 500;

    private const int MoveBatch = 50;

    public async Task ReadAsync(MailboxSettings mailbox, long maxAttachmentBytes, Func<InboundMail, Task<bool>> take,
        CancellationToken ct)
    {
        using var client = new ImapClient { Timeout = 60_000 };
        await client.ConnectAsync(mailbox.Host, mailbox.Port, Security(mailbox.Security), ct);
        await client.AuthenticateAsync(mailbox.User, mailbox.Password, ct);

        var folder = string.Equals(mailbox.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? client.Inbox
            : await client.GetFolderAsync(mailbox.Folder, ct);
        var processed = await ProcessedFolderAsync(client, mailbox.ProcessedFolder, ct);
        await folder.OpenAsync(FolderAccess.ReadWrite, ct);

        var waiting = await folder.SearchAsync(SearchQuery.NotDeleted, ct);
        var taken = new List<UniqueId>();
        foreach (var uid in waiting.OrderBy(u => u.Id).Take(MaxPerRun))
        {
            var message = await folder.GetMessageAsync(uid, ct);
            if (!await take(InboundMailParser.Parse(message, maxAttachmentBytes))) continue;
            taken.Add(uid);
            // Taken messages move in batches, one IMAP command each: a message taken but not yet moved when the
            // process stops is read again next run and recognised by its Message-ID, so nothing is taken twice.
            if (taken.Count == MoveBatch) await MoveAsync(folder, taken, processed, ct);
        }

        await MoveAsync(folder, taken, processed, ct);

        if (waiting.Count > MaxPerRun)
            log.LogInformation("{Mailbox}: {Count} messages wait for the next run", mailbox.Address, waiting.Count - MaxPerRun);
        await client.DisconnectAsync(true, ct);
    }

    private static async Task MoveAsync(IMailFolder folder, List<UniqueId> uids, IMailFolder processed, CancellationToken ct)
    {
        if (uids.Count == 0) return;
        await folder.MoveToAsync(uids, processed, ct);
        uids.Clear();
    }

    private static async Task<IMailFolder> ProcessedFolderAsync(ImapClient client, string name, CancellationToken ct)
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

    private static SecureSocketOptions Security(string security) => security.Trim().ToLowerInvariant() switch
    {
        "tls" => SecureSocketOptions.SslOnConnect,
        "starttls" => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };
}
