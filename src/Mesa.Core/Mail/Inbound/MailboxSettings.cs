namespace Mesa.Core.Mail.Inbound;

/// <summary>
/// One inbound mailbox (<c>Mesa__Mailboxes__N__…</c>; Guía §6: one per service type): where to read,
/// and which service and ticket type the tickets it creates get.
/// </summary>
public sealed class MailboxSettings
{
    /// <summary>The address people write to ("soporte@entidad.gov.co"); mail to it is not a copy to a person.</summary>
    public string Address { get; set; } = "";

    public string Host { get; set; } = "";

    public int Port { get; set; } = 143;

    /// <summary><c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    public string Security { get; set; } = "none";

    public string User { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The service (by name) of the tickets this mailbox creates; empty for none.</summary>
    public string? Service { get; set; }

    /// <summary><c>incident</c> or <c>request</c>.</summary>
    public string Type { get; set; } = "incident";

    public string Folder { get; set; } = "INBOX";

    /// <summary>Where a message goes once Mesa has taken it, so that it is read once and kept.</summary>
    public string ProcessedFolder { get; set; } = "Procesados";

    /// <summary>
    /// The name the mailbox's receiving server signs its <c>Authentication-Results</c> header with (RFC 8601
    /// authserv-id, e.g. <c>mx.entidad.gov.co</c>): its DMARC verdict verifies a sender. Empty: no header is believed.
    /// </summary>
    public string TrustedAuthServId { get; set; } = "";

    /// <summary>Where a message goes that Mesa could not take (its reason is on the admin's mail page).</summary>
    public string ErrorFolder { get; set; } = "Errores";

    public Tickets.TicketType TicketType =>
        string.Equals(Type.Trim(), "request", StringComparison.OrdinalIgnoreCase) ? Tickets.TicketType.Request : Tickets.TicketType.Incident;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(Address);
}
