namespace Mesa.Web.Tests.Support;

/// <summary>Mesa with outbound mail to a real SMTP server on loopback, on SQLite.</summary>
public sealed class MailSqliteApp : SqliteApp
{
    protected override bool WithSmtp => true;
}

/// <summary>Mesa with outbound mail to a real SMTP server on loopback, on PostgreSQL.</summary>
public sealed class MailPostgresApp : PostgresApp
{
    protected override bool WithSmtp => true;
}

/// <summary>Mesa reading two IMAP mailboxes on loopback and sending through SMTP, on SQLite.</summary>
public sealed class MailInSqliteApp : SqliteApp
{
    protected override bool WithSmtp => true;

    protected override bool WithMailboxes => true;

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Mesa:AttachmentMaxMegabytes"] = "1", ["Mesa:MailMaxMegabytes"] = "3" };
}

/// <summary>The same on PostgreSQL.</summary>
public sealed class MailInPostgresApp : PostgresApp
{
    protected override bool WithSmtp => true;

    protected override bool WithMailboxes => true;

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Mesa:AttachmentMaxMegabytes"] = "1", ["Mesa:MailMaxMegabytes"] = "3" };
}

/// <summary>Mesa that keeps mail from unknown addresses out of the desk (<c>Mesa:UnknownSenders=ignore</c>).</summary>
public sealed class MailInIgnoringStrangersApp : SqliteApp
{
    protected override bool WithMailboxes => true;

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Mesa:UnknownSenders"] = "ignore" };
}

/// <summary>Mesa with mail but without self-registration (<c>Mesa:SelfRegistration=false</c>).</summary>
public sealed class NoSelfRegistrationApp : SqliteApp
{
    protected override bool WithSmtp => true;

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Mesa:SelfRegistration"] = "false" };
}

/// <summary>Mesa with its limits per client on, small enough for a test to reach.</summary>
public sealed class RateLimitedApp : SqliteApp
{
    public const int AccountPerMinute = 6;
    public const int AccountMailPerHour = 3;
    public const int ApiPerMinute = 12;
    public const int ApiPerMinutePerAddress = 20;

    protected override bool RateLimited => true;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mesa:RateLimits:AccountPerMinute"] = AccountPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mesa:RateLimits:AccountMailPerHour"] = AccountMailPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mesa:RateLimits:ApiPerMinute"] = ApiPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mesa:RateLimits:ApiPerMinutePerAddress"] = ApiPerMinutePerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Mesa where a person may add only a few kilobytes of files a day.</summary>
public sealed class SmallQuotaApp : SqliteApp
{
    /// <summary>2 KB a day.</summary>
    public const double QuotaMegabytes = 2.0 / 1024;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mesa:AttachmentQuotaMegabytesPerDay"] = QuotaMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Mesa whose data-protection keys are encrypted with a certificate of its own (made for the run).</summary>
public sealed class KeysEncryptedApp : SqliteApp
{
    private static readonly Lazy<string> Certificate = new(() =>
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Mesa pruebas", rsa,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Path.GetTempPath(), $"mesa-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, "clave-del-certificado"));
        return path;
    });

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mesa:DataProtection:CertificatePath"] = Certificate.Value,
        ["Mesa:DataProtection:CertificatePassword"] = "clave-del-certificado",
    };
}
