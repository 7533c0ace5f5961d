namespace Mesa.Core.Common;

/// <summary>The organisation-wide settings the domain needs (bound from the "Mesa" configuration section).</summary>
public sealed class MesaSettings
{
    /// <summary>The organisation's name, shown on the pages' header and in the e-mails' signature; empty for none.</summary>
    public string OrganisationName { get; set; } = "";

    /// <summary>
    /// Guía §11: the link to the agents' part of the remote-control client, shown on the console's panel; empty for none.
    /// </summary>
    public string? RemoteControlUrl { get; set; }

    /// <summary>Prefix of ticket codes: "REQ" gives "REQ 2026-000123".</summary>
    public string TicketPrefix { get; set; } = "REQ";

    /// <summary>IANA zone in which dates are shown and in which the ticket year is counted.</summary>
    public string TimeZone { get; set; } = "America/Bogota";

    /// <summary>The share of the resolution time after which the agent and supervisors are warned.</summary>
    public double SlaWarningShare { get; set; } = 0.75;

    /// <summary>Minutes a revoked ticket is left alone by the automatic assignment, so that it can be rejected (Guía §13).</summary>
    public int RevokeGraceMinutes { get; set; } = 15;

    /// <summary>
    /// Assign a new ticket by the rules the moment it is registered, with the five-minute sweep as a
    /// safety net. Off by default, as the guide describes it (Nueva until the sweep).
    /// </summary>
    public bool AssignOnRegistration { get; set; }

    /// <summary>
    /// The address people reach Mesa at, for the links in e-mails (<c>Mesa__PublicUrl</c>; by default the
    /// first address Mesa listens on, filled in at start).
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>The language of the e-mails Mesa sends (the organisation's, whoever caused them).</summary>
    public string MailCulture { get; set; } = "es-CO";

    /// <summary>Days after which a resolved ticket the user did not confirm is closed automatically (Guía §10).</summary>
    public int AutoCloseDays { get; set; } = 5;

    /// <summary>
    /// Guía §10 Cerrada "Puede incluir encuesta de satisfacción": whether the requester is asked to rate the attention
    /// (1 to 5) when confirming a solution and after a closure.
    /// </summary>
    public bool SurveyEnabled { get; set; } = true;

    /// <summary>The survey's question as the requester reads it; empty for Mesa's own words.</summary>
    public string SurveyQuestion { get; set; } = "";

    /// <summary>The largest file kept, from any way in (the portal, the console, the API, an e-mail).</summary>
    public double AttachmentMaxMegabytes { get; set; } = 10;

    /// <summary>How much one person may add in files within 24 hours, from any way in (a flood of uploads is refused).</summary>
    public double AttachmentQuotaMegabytesPerDay { get; set; } = 200;

    /// <summary>The kinds of file kept, as extensions (".pdf,.png,…"); empty for <c>AttachmentLimits.DefaultTypes</c>.</summary>
    public string? AttachmentTypes { get; set; }

    /// <summary>
    /// A whole message from a mailbox larger than this is not downloaded: it goes to the mailbox's error folder. Room
    /// for a file at the attachment limit once encoded for mail (a third larger) and the text around it.
    /// </summary>
    public double MailMaxMegabytes { get; set; } = 25;

    /// <summary>Where the ticket report's fonts are (DejaVuSans.ttf and DejaVuSans-Bold.ttf; Debian's fonts-dejavu-core).</summary>
    public string PdfFontDirectory { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The server Mesa sends its e-mails through (<c>Mesa__Smtp__…</c>); without a host the outbox keeps them.</summary>
    public Mail.SmtpSettings Smtp { get; set; } = new();

    /// <summary>
    /// The inbound mailboxes the <c>mail-fetch</c> job reads (<c>Mesa__Mailboxes__N__…</c>), besides those an
    /// administrator keeps in the browser.
    /// </summary>
    public List<Mail.Inbound.MailboxSettings> Mailboxes { get; set; } = [];

    /// <summary>
    /// What a mail from an address no account has becomes: <c>create</c> (default) opens a requester account for it,
    /// as external users reach the desk by mail; <c>ignore</c> keeps the message out of the desk (recorded, not answered).
    /// </summary>
    public string UnknownSenders { get; set; } = "create";

    /// <summary>
    /// At most this many registration acknowledgements an hour to one address for tickets opened by mail, so that
    /// two automatic mailers can never answer each other forever.
    /// </summary>
    public int MailAcknowledgementsPerHour { get; set; } = 5;

    /// <summary>
    /// At most this many e-mails of the account pages (registration, password reset, sign-in link) to one address an
    /// hour, whoever asks for them.
    /// </summary>
    public int AccountMailsPerAddressPerHour { get; set; } = 5;

    /// <summary>
    /// External people may open their own requester account on the portal, confirmed by a link sent
    /// to their address. Off: accounts come from the administration, the import or the mail intake only.
    /// </summary>
    public bool SelfRegistration { get; set; } = true;
}
