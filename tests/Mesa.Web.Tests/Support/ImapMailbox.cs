using System.Globalization;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// A mailbox of its own on the Dovecot that ./test.sh starts on 127.0.0.1 (MESA_TEST_IMAP): any user name signs in
/// with the one test password and starts empty, so every fixture gets fresh mailboxes. Tests deliver by IMAP APPEND,
/// as a mail server would, and look at the folders as Mesa leaves them.
/// </summary>
public sealed class ImapMailbox(string address, string service, string type)
{
    public const string Password = "mesa-imap";

    /// <summary>The name the entity's receiving server signs its Authentication-Results with, trusted by the mailbox.</summary>
    public const string ReceivingServer = "mx.mesa.test";

    public string Address { get; } = address;

    public string User { get; } = $"mesa-{Guid.NewGuid():N}";

    public static (string Host, int Port) Server
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("MESA_TEST_IMAP")
                ?? throw new InvalidOperationException(
                    "MESA_TEST_IMAP is not set: run the tests with ./test.sh, which starts Dovecot on 127.0.0.1.");
            var parts = value.Split(':');
            return (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The <c>Mesa__Mailboxes__N__…</c> settings of this mailbox.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings(int index)
    {
        var (host, port) = Server;
        var prefix = $"Mesa:Mailboxes:{index}:";
        yield return new(prefix + "Address", Address);
        yield return new(prefix + "Host", host);
        yield return new(prefix + "Port", port.ToString(CultureInfo.InvariantCulture));
        yield return new(prefix + "Security", "none");
        yield return new(prefix + "User", User);
        yield return new(prefix + "Password", Password);
        yield return new(prefix + "Service", service);
        yield return new(prefix + "Type", type);
        yield return new(prefix + "TrustedAuthServId", ReceivingServer);
    }

    /// <summary>
    /// Delivers as the entity's receiving server would: with its DMARC verdict on the From domain stamped on top
    /// (<paramref name="dmarc"/>: <c>pass</c>, <c>fail</c>, or null for a server that stamps nothing).
    /// </summary>
    public async Task AppendAsync(MimeMessage message, string folder = "INBOX", string? dmarc = "pass")
    {
        if (dmarc is not null)
        {
            var from = message.From.Mailboxes.FirstOrDefault()?.Address ?? "";
            var domain = from[(from.LastIndexOf('@') + 1)..];
            message.Headers.Insert(0, new Header("Authentication-Results",
                $"{ReceivingServer}; spf=pass smtp.mailfrom={domain}; dmarc={dmarc} header.from={domain}"));
        }

        using var client = await ConnectAsync();
        var target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        await target.AppendAsync(message);
        await client.DisconnectAsync(true);
    }

    /// <summary>How many messages a folder holds (0 for a folder that does not exist yet).</summary>
    public async Task<int> CountAsync(string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        IMailFolder target;
        try
        {
            target = folder == "INBOX" ? client.Inbox : await client.GetFolderAsync(folder);
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }

        await target.OpenAsync(FolderAccess.ReadOnly);
        var count = target.Count;
        await client.DisconnectAsync(true);
        return count;
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var (host, port) = Server;
        var client = new ImapClient();
        await client.ConnectAsync(host, port, SecureSocketOptions.None);
        await client.AuthenticateAsync(User, Password);
        return client;
    }
}
