using System.Globalization;
using System.Text.RegularExpressions;
using Mesa.Core.Common;

namespace Mesa.Core.Settings;

/// <summary>What a setting holds, and so how it is checked and which input the page shows.</summary>
public enum SettingKind
{
    Text,
    Whole,
    Fraction,
    YesNo,
    TimeZone,
    Address,
    FileTypes,
    TicketPrefix,

    /// <summary>A server's name or address ("smtp.entidad.gov.co").</summary>
    Host,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>How a mail connection is protected: <c>none</c>, <c>starttls</c> or <c>tls</c>.</summary>
    Security,

    /// <summary>A password Mesa presents itself: kept encrypted (<see cref="StoredSecrets"/>), never shown again.</summary>
    Secret,
}

/// <summary>Which page, and which part of it, shows a setting.</summary>
public enum SettingGroup
{
    Organisation,
    Survey,
    Attachments,

    /// <summary>The mail server Mesa sends through: a page of its own, with its test message.</summary>
    OutgoingMail,
}

/// <summary>
/// A setting administrators may change in the browser: its key, its place in the <c>Mesa</c> section of the settings
/// (<see cref="Path"/>), its kind and bounds, and how it is read from and written to <see cref="MesaSettings"/>.
/// <see cref="Check"/> writes a value the one way it is kept.
/// </summary>
public sealed partial record SettingDefinition(string Key, SettingKind Kind, Func<MesaSettings, string> Read,
    Action<MesaSettings, string> Apply, double Min = 0, double Max = 0, int MaxLength = 200)
{
    public static readonly string[] SecurityValues = ["none", "starttls", "tls"];

    public SettingGroup Group { get; init; } = SettingGroup.Organisation;

    /// <summary>Where the settings files put it, below <c>Mesa</c> ("Smtp:Host"); the key itself by default.</summary>
    public string Path { get; init; } = Key;

    /// <summary>The environment variable that fixes it ("Mesa__Smtp__Host").</summary>
    public string Variable => "Mesa__" + Path.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>The settings of the pages, in their order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(nameof(MesaSettings.OrganisationName), SettingKind.Text, s => s.OrganisationName, (s, v) => s.OrganisationName = v, MaxLength: 150),
        new(nameof(MesaSettings.TimeZone), SettingKind.TimeZone, s => s.TimeZone, (s, v) => s.TimeZone = v),
        new(nameof(MesaSettings.TicketPrefix), SettingKind.TicketPrefix, s => s.TicketPrefix, (s, v) => s.TicketPrefix = v),
        new(nameof(MesaSettings.AutoCloseDays), SettingKind.Whole, s => Invariant(s.AutoCloseDays),
            (s, v) => s.AutoCloseDays = int.Parse(v, CultureInfo.InvariantCulture), 1, 90),
        new(nameof(MesaSettings.SelfRegistration), SettingKind.YesNo, s => YesNo(s.SelfRegistration),
            (s, v) => s.SelfRegistration = v == "true"),
        new(nameof(MesaSettings.RemoteControlUrl), SettingKind.Address, s => s.RemoteControlUrl ?? "", (s, v) => s.RemoteControlUrl = v,
            MaxLength: 500),
        new(nameof(MesaSettings.SurveyEnabled), SettingKind.YesNo, s => YesNo(s.SurveyEnabled), (s, v) => s.SurveyEnabled = v == "true")
            { Group = SettingGroup.Survey },
        new(nameof(MesaSettings.SurveyQuestion), SettingKind.Text, s => s.SurveyQuestion, (s, v) => s.SurveyQuestion = v, MaxLength: 300)
            { Group = SettingGroup.Survey },
        new(nameof(MesaSettings.AttachmentMaxMegabytes), SettingKind.Fraction, s => Invariant(s.AttachmentMaxMegabytes),
            (s, v) => s.AttachmentMaxMegabytes = double.Parse(v, CultureInfo.InvariantCulture), 0.1, 100) { Group = SettingGroup.Attachments },
        new(nameof(MesaSettings.AttachmentQuotaMegabytesPerDay), SettingKind.Fraction, s => Invariant(s.AttachmentQuotaMegabytesPerDay),
            (s, v) => s.AttachmentQuotaMegabytesPerDay = double.Parse(v, CultureInfo.InvariantCulture), 1, 100_000)
            { Group = SettingGroup.Attachments },
        new(nameof(MesaSettings.AttachmentTypes), SettingKind.FileTypes, s => s.AttachmentTypes ?? "", (s, v) => s.AttachmentTypes = v,
            MaxLength: Setting.ValueMaxLength) { Group = SettingGroup.Attachments },
        new("SmtpHost", SettingKind.Host, s => s.Smtp.Host ?? "", (s, v) => s.Smtp.Host = v, MaxLength: 253)
            { Group = SettingGroup.OutgoingMail, Path = "Smtp:Host" },
        new("SmtpPort", SettingKind.Whole, s => Invariant(s.Smtp.Port), (s, v) => s.Smtp.Port = int.Parse(v, CultureInfo.InvariantCulture), 1, 65_535)
            { Group = SettingGroup.OutgoingMail, Path = "Smtp:Port" },
        new("SmtpSecurity", SettingKind.Security, s => s.Smtp.Security, (s, v) => s.Smtp.Security = v)
            { Group = SettingGroup.OutgoingMail, Path = "Smtp:Security" },
        new("SmtpFrom", SettingKind.Email, s => s.Smtp.From ?? "", (s, v) => s.Smtp.From = v, MaxLength: Mail.Notification.AddressMaxLength)
            { Group = SettingGroup.OutgoingMail, Path = "Smtp:From" },
        new("SmtpUser", SettingKind.Text, s => s.Smtp.User ?? "", (s, v) => s.Smtp.User = v, MaxLength: 320)
            { Group = SettingGroup.OutgoingMail, Path = "Smtp:User" },
        new("SmtpPassword", SettingKind.Secret, s => s.Smtp.Password ?? "", (s, v) => s.Smtp.Password = v, MaxLength: 500)
            { Group = SettingGroup.OutgoingMail, Path = "Smtp:Password" },
    ];

    public static SettingDefinition? Find(string key) =>
        All.FirstOrDefault(d => string.Equals(d.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The value as it is kept (a secret still in the clear), or bad input named after the setting's key.</summary>
    public string Check(string? value)
    {
        // A password is taken exactly as typed: spaces at its ends are part of it.
        if (Kind == SettingKind.Secret) return StoredSecrets.Check(Key, value, MaxLength);

        var text = InputText.Optional(Key, value is null ? null : InputText.Clean(value), MaxLength) ?? "";
        switch (Kind)
        {
            case SettingKind.Text:
                return text.ReplaceLineEndings(" ");
            case SettingKind.Whole:
                return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) && whole >= Min && whole <= Max
                    ? Invariant(whole)
                    : throw new InputException(Key, Rules.OutOfRange, Min, Max);
            case SettingKind.Fraction:
                return double.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                       && number >= Min && number <= Max
                    ? Invariant(number)
                    : throw new InputException(Key, Rules.OutOfRange, Invariant(Min), Invariant(Max));
            case SettingKind.YesNo:
                return text.ToLowerInvariant() switch
                {
                    "true" or "sí" or "si" => "true",
                    "false" or "no" => "false",
                    _ => throw new InputException(Key, Rules.InvalidValue, text),
                };
            case SettingKind.TimeZone:
                return TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) && zone.HasIanaId
                    ? zone.Id
                    : throw new InputException(Key, Rules.UnknownTimeZone, text);
            case SettingKind.Address:
                return text.Length == 0
                       || (Uri.TryCreate(text, UriKind.Absolute, out var address) && address.Scheme is "https" or "http")
                    ? text
                    : throw new InputException(Key, Rules.InvalidAddress, text);
            case SettingKind.FileTypes:
                var types = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(t => "." + t.TrimStart('.').ToLowerInvariant()).Distinct().ToList();
                return types.All(t => FileType().IsMatch(t)) ? string.Join(',', types) : throw new InputException(Key, Rules.InvalidValue, text);
            case SettingKind.TicketPrefix:
                return TicketPrefixShape().IsMatch(text) ? text : throw new InputException(Key, Rules.InvalidTicketPrefix, text);
            case SettingKind.Host:
                return Uri.CheckHostName(text) != UriHostNameType.Unknown ? text : throw new InputException(Key, Rules.InvalidHost, text);
            case SettingKind.Email:
                return Mail.MailAddresses.IsPlain(text) ? text : throw new InputException(Key, Rules.InvalidEmail, text);
            case SettingKind.Security:
                return SecurityValues.Contains(text.ToLowerInvariant())
                    ? text.ToLowerInvariant()
                    : throw new InputException(Key, Rules.InvalidValue, text);
            default:
                throw new InputException(Key, Rules.InvalidValue, text);
        }
    }

    private static string YesNo(bool value) => value ? "true" : "false";

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\.[a-z0-9]{1,10}$")]
    private static partial Regex FileType();

    [GeneratedRegex("^[A-Z]{2,10}$")]
    private static partial Regex TicketPrefixShape();
}
