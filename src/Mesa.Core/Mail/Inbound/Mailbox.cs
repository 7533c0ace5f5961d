using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Mail.Inbound;

/// <summary>What an administrator types for a mailbox; a password left out keeps the one kept.</summary>
public sealed record MailboxInput(string? Address, string? Host, int? Port, string? Security, string? User, string? Password,
    string? Service, TicketType? Type, string? Folder, string? ProcessedFolder, string? ErrorFolder, string? TrustedAuthServId,
    bool? Active)
{
    /// <summary>Nothing typed: a saved mailbox as it is.</summary>
    public static MailboxInput Unchanged { get; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null);
}

/// <summary>
/// An inbound mailbox an administrator keeps in the browser (Guía §6 "Correo electrónico": one per service type), read
/// by <c>mail-fetch</c> like those of the settings files. Its password is kept encrypted (<see cref="StoredSecrets"/>)
/// and never shown again. A mailbox is turned off, or removed: the mails it brought keep its address.
/// </summary>
public sealed class Mailbox
{
    public const int FolderMaxLength = 200;
    public const int HostMaxLength = 253;
    public const int UserMaxLength = 320;
    public const int PasswordMaxLength = 500;
    public const int ProtectedPasswordMaxLength = 4_000;

    private Mailbox()
    {
    }

    public Mailbox(string address) => Address = address;

    public long Id { get; private set; }

    /// <summary>The address people write to; unique among every mailbox, those of the settings files included.</summary>
    public string Address { get; private set; } = "";

    public string Host { get; private set; } = "";

    public int Port { get; private set; } = 143;

    /// <summary><c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    public string Security { get; private set; } = "tls";

    public string User { get; private set; } = "";

    /// <summary>The password as <see cref="StoredSecrets"/> keeps it.</summary>
    public string ProtectedPassword { get; private set; } = "";

    /// <summary>The service of the tickets it creates, if any.</summary>
    public long? ServiceId { get; private set; }

    public Service? Service { get; private set; }

    public TicketType Type { get; private set; } = TicketType.Incident;

    public string Folder { get; private set; } = "INBOX";

    public string ProcessedFolder { get; private set; } = "Procesados";

    public string ErrorFolder { get; private set; } = "Errores";

    /// <summary>See <see cref="MailboxSettings.TrustedAuthServId"/>.</summary>
    public string TrustedAuthServId { get; private set; } = "";

    public bool Active { get; private set; } = true;

    /// <summary>A new address, already checked to be a plain address no other mailbox has.</summary>
    public void Rename(string address) => Address = address;

    /// <summary>Takes what was typed, every part checked; a field left out (null) keeps its value.</summary>
    public void Change(MailboxInput input, Service? service, string? protectedPassword)
    {
        if (input.Host is not null) Host = CheckHost("host", input.Host, required: true);
        if (input.Port is { } port) Port = port is >= 1 and <= 65_535 ? port : throw new InputException("port", Rules.OutOfRange, 1, 65_535);
        if (input.Security is not null)
        {
            var security = input.Security.Trim().ToLowerInvariant();
            Security = Settings.SettingDefinition.SecurityValues.Contains(security)
                ? security
                : throw new InputException("security", Rules.InvalidValue, input.Security);
        }

        if (input.User is not null) User = InputText.Required("user", InputText.Clean(input.User), UserMaxLength);
        if (protectedPassword is not null) ProtectedPassword = protectedPassword;
        if (input.Service is not null) ServiceId = service?.Id;
        if (input.Type is { } type) Type = type;
        if (input.Folder is not null) Folder = CheckFolder("folder", input.Folder);
        if (input.ProcessedFolder is not null) ProcessedFolder = CheckFolder("processedFolder", input.ProcessedFolder);
        if (input.ErrorFolder is not null) ErrorFolder = CheckFolder("errorFolder", input.ErrorFolder);
        if (input.TrustedAuthServId is not null) TrustedAuthServId = CheckHost("trustedAuthServId", input.TrustedAuthServId, required: false);
        if (input.Active is { } active) Active = active;
        if (string.Equals(ProcessedFolder, Folder, StringComparison.OrdinalIgnoreCase)
            || string.Equals(ErrorFolder, Folder, StringComparison.OrdinalIgnoreCase))
            throw new InputException("processedFolder", Rules.MailboxFoldersDiffer, Folder);
    }

    /// <summary>The mailbox as <c>mail-fetch</c> reads it, with its password in the clear and its service by name.</summary>
    public MailboxSettings AsSettings(string password) => new()
    {
        Address = Address,
        Host = Host,
        Port = Port,
        Security = Security,
        User = User,
        Password = password,
        Service = Service?.Name,
        Type = Type == TicketType.Request ? "request" : "incident",
        Folder = Folder,
        ProcessedFolder = ProcessedFolder,
        ErrorFolder = ErrorFolder,
        TrustedAuthServId = TrustedAuthServId,
    };

    private static string CheckHost(string field, string value, bool required)
    {
        var host = InputText.Optional(field, InputText.Clean(value), HostMaxLength);
        if (host is null) return required ? throw new InputException(field, Rules.Required) : "";
        return Uri.CheckHostName(host) != UriHostNameType.Unknown ? host : throw new InputException(field, Rules.InvalidHost, host);
    }

    private static string CheckFolder(string field, string value)
    {
        var folder = InputText.Required(field, InputText.Clean(value), FolderMaxLength);
        return folder.Any(char.IsControl) ? throw new InputException(field, Rules.InvalidValue, folder) : folder;
    }
}

internal sealed class MailboxConfiguration : IEntityTypeConfiguration<Mailbox>
{
    public void Configure(EntityTypeBuilder<Mailbox> m)
    {
        m.ToTable("mailboxes");
        m.Property(x => x.Address).HasMaxLength(Notification.AddressMaxLength);
        m.HasIndex(x => x.Address).IsUnique();
        m.Property(x => x.Host).HasMaxLength(Mailbox.HostMaxLength);
        m.Property(x => x.Security).HasMaxLength(10);
        m.Property(x => x.User).HasMaxLength(Mailbox.UserMaxLength);
        m.Property(x => x.ProtectedPassword).HasMaxLength(Mailbox.ProtectedPasswordMaxLength);
        m.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        m.Property(x => x.Folder).HasMaxLength(Mailbox.FolderMaxLength);
        m.Property(x => x.ProcessedFolder).HasMaxLength(Mailbox.FolderMaxLength);
        m.Property(x => x.ErrorFolder).HasMaxLength(Mailbox.FolderMaxLength);
        m.Property(x => x.TrustedAuthServId).HasMaxLength(Mailbox.HostMaxLength);
    }
}
