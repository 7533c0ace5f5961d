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
}

/// <summary>
/// A setting administrators may change in the browser: its key in the <c>Mesa</c> section, its kind and bounds, and how
/// it is read from and written to <see cref="MesaSettings"/>. <see cref="Check"/> writes a value the one way it is kept.
/// </summary>
public sealed partial record SettingDefinition(string Key, SettingKind Kind, Func<MesaSettings, string> Read,
    Action<MesaSettings, string> Apply, double Min = 0, double Max = 0, int MaxLength = 200)
{
    /// <summary>The settings of the organisation page, in its order.</summary>
    public static IReadOnlyList<SettingDefinition> All { get; } =
    [
        new(nameof(MesaSettings.OrganisationName), SettingKind.Text, s => s.OrganisationName, (s, v) => s.OrganisationName = v, MaxLength: 150),
        new(nameof(MesaSettings.TimeZone), SettingKind.TimeZone, s => s.TimeZone, (s, v) => s.TimeZone = v),
        new(nameof(MesaSettings.TicketPrefix), SettingKind.TicketPrefix, s => s.TicketPrefix, (s, v) => s.TicketPrefix = v),
        new(nameof(MesaSettings.AutoCloseDays), SettingKind.Whole, s => Invariant(s.AutoCloseDays),
            (s, v) => s.AutoCloseDays = int.Parse(v, CultureInfo.InvariantCulture), 1, 90),
        new(nameof(MesaSettings.SelfRegistration), SettingKind.YesNo, s => s.SelfRegistration ? "true" : "false",
            (s, v) => s.SelfRegistration = v == "true"),
        new(nameof(MesaSettings.AttachmentMaxMegabytes), SettingKind.Fraction, s => Invariant(s.AttachmentMaxMegabytes),
            (s, v) => s.AttachmentMaxMegabytes = double.Parse(v, CultureInfo.InvariantCulture), 0.1, 100),
        new(nameof(MesaSettings.AttachmentQuotaMegabytesPerDay), SettingKind.Fraction, s => Invariant(s.AttachmentQuotaMegabytesPerDay),
            (s, v) => s.AttachmentQuotaMegabytesPerDay = double.Parse(v, CultureInfo.InvariantCulture), 1, 100_000),
        new(nameof(MesaSettings.AttachmentTypes), SettingKind.FileTypes, s => s.AttachmentTypes ?? "", (s, v) => s.AttachmentTypes = v,
            MaxLength: Setting.ValueMaxLength),
        new(nameof(MesaSettings.RemoteControlUrl), SettingKind.Address, s => s.RemoteControlUrl ?? "", (s, v) => s.RemoteControlUrl = v,
            MaxLength: 500),
    ];

    public static SettingDefinition? Find(string key) =>
        All.FirstOrDefault(d => string.Equals(d.Key, key.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The value as it is kept, or bad input named after the setting's key.</summary>
    public string Check(string? value)
    {
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
            default:
                throw new InputException(Key, Rules.InvalidValue, text);
        }
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\.[a-z0-9]{1,10}$")]
    private static partial Regex FileType();

    [GeneratedRegex("^[A-Z]{2,10}$")]
    private static partial Regex TicketPrefixShape();
}
