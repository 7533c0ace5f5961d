using System.Globalization;
using System.Text.RegularExpressions;
using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Tickets;

namespace Mesa.Core.CustomFields;

/// <summary>
/// Guía §14.5 "Campos personalizados": a field the administrators add to tickets "según los criterios establecidos":
/// of one type or both, of some services or category subtrees or of all, required or not, with a help text, and
/// shown to requesters in the portal when they may see it. Its name (the API's key) and kind never change once
/// tickets may hold values of it; a field is retired, never deleted.
/// </summary>
public sealed partial class CustomField
{
    public const int NameMaxLength = 50;
    public const int LabelMaxLength = TicketField.LabelMaxLength;
    public const int HelpMaxLength = 300;
    public const int ChoicesMaxLength = 2_000;
    public const int TextMaxLength = 200;
    public const int LongtextMaxLength = TicketField.ValueMaxLength;
    public const int PersonMaxLength = 256;

    /// <summary>Beyond this a number is not a figure anyone types, and JSON readers would round it.</summary>
    private const decimal NumberLimit = 1_000_000_000_000_000m;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    private readonly List<CustomFieldScope> _scopes = [];

    private CustomField()
    {
    }

    public CustomField(string? name, CustomFieldKind kind, int position)
    {
        Name = InputText.Required("name", name, NameMaxLength);
        if (!NameShape().IsMatch(Name)) throw new InputException("name", Rules.InvalidCustomFieldName, Name);
        Kind = kind;
        Position = position;
    }

    public long Id { get; private set; }

    /// <summary>The key of the field in the API's <c>customFields</c> and in the list's filters ("placa-equipo").</summary>
    public string Name { get; private set; } = "";

    public string Label { get; private set; } = "";

    public CustomFieldKind Kind { get; private set; }

    /// <summary>The choices of a <see cref="CustomFieldKind.Choice"/> field, one per line.</summary>
    public string? Choices { get; private set; }

    public bool Required { get; private set; }

    /// <summary>What the person filling it should know, shown under the input.</summary>
    public string? Help { get; private set; }

    /// <summary>Only tickets of this type carry it; null is both types.</summary>
    public TicketType? OnlyType { get; private set; }

    /// <summary>Shown, and asked for, in the user portal too; otherwise only agents see it.</summary>
    public bool VisibleToRequester { get; private set; }

    public bool Active { get; private set; } = true;

    /// <summary>Order on the ticket, from 1.</summary>
    public int Position { get; private set; }

    public IReadOnlyList<CustomFieldScope> Scopes => _scopes;

    public IReadOnlyList<string> ChoiceList => Choices is null ? [] : Choices.Split('\n');

    /// <summary>Everything an administrator may change; the scopes are replaced as a whole.</summary>
    public void Define(string? label, IReadOnlyList<string>? choices, bool required, string? help, TicketType? onlyType,
        bool visibleToRequester, IReadOnlyList<(Service Service, Category? Category)> scopes)
    {
        Label = InputText.Required("label", label, LabelMaxLength);
        var list = (choices ?? []).Select(c => c.Trim()).Where(c => c.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Any(c => c.Contains('\n') || c.Contains('\r'))) throw new InputException("choices", Rules.InvalidValue, "\\n");
        if (Kind == CustomFieldKind.Choice && list.Count < 2) throw new InputException("choices", Rules.CustomFieldChoicesNeeded, Label);
        if (Kind != CustomFieldKind.Choice && list.Count > 0) throw new InputException("choices", Rules.CustomFieldChoicesOnlyForChoice);
        Choices = list.Count == 0 ? null : InputText.Optional("choices", string.Join('\n', list), ChoicesMaxLength);
        Required = required;
        Help = InputText.Optional("help", help, HelpMaxLength);
        OnlyType = onlyType;
        VisibleToRequester = visibleToRequester;
        var kept = scopes.DistinctBy(s => (s.Service.Id, s.Category?.Id)).ToList();
        foreach (var old in _scopes.Where(o => !kept.Any(k => k.Service.Id == o.ServiceId && k.Category?.Id == o.CategoryId)).ToList())
            _scopes.Remove(old);
        foreach (var (service, category) in kept)
        {
            if (category is not null && category.ServiceId != service.Id)
                throw new InputException("categories", Rules.UnknownCategory, category.Path);
            if (!_scopes.Any(o => o.ServiceId == service.Id && o.CategoryId == category?.Id))
                _scopes.Add(new CustomFieldScope(service, category));
        }
    }

    public void SetActive(bool active) => Active = active;

    public void MoveTo(int position) => Position = position;

    /// <summary>Whether a ticket of this type and classification carries the field (Guía §14.5 "según los criterios establecidos").</summary>
    public bool AppliesTo(TicketType type, long? serviceId, Category? category) =>
        Active && (OnlyType is null || OnlyType == type) && (_scopes.Count == 0 || _scopes.Any(s => s.Covers(serviceId, category)));

    /// <summary>The same, for a ticket as readers get it (with the scopes' services and categories loaded).</summary>
    public bool AppliesTo(TicketDetails ticket) =>
        Active && (OnlyType is null || OnlyType == ticket.Type)
        && (_scopes.Count == 0 || _scopes.Any(s => s.Covers(ticket.Service, ticket.Category)));

    /// <summary>The key under which a bad value of this field is reported.</summary>
    public string Key => "customFields." + Name;

    /// <summary>
    /// A value as the ticket keeps it, or null for none: one line of text; a number with a point for decimals ("3,5",
    /// "1.020,5" and "3.5" are all read); a day as yyyy-MM-dd (dd/mm/aaaa is read too); true or false; the choice as
    /// the field spells it; a person's user name, which the caller checks against the people of Mesa.
    /// </summary>
    public string? Accept(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = InputText.Clean(value).Trim();
        switch (Kind)
        {
            case CustomFieldKind.Text:
                return InputText.Optional(Key, text.ReplaceLineEndings(" "), TextMaxLength);
            case CustomFieldKind.Longtext:
                return InputText.Optional(Key, text, LongtextMaxLength);
            case CustomFieldKind.Number:
                return ReadNumber(text) is { } number && Math.Abs(number) < NumberLimit
                    ? number.ToString("0.############", CultureInfo.InvariantCulture)
                    : throw new InputException(Key, Rules.CustomFieldNumber, Label);
            case CustomFieldKind.Date:
                return DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    && day.Year is >= OrganisationTime.FirstYear and <= OrganisationTime.LastYear
                        ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                        : throw new InputException(Key, Rules.CustomFieldDate, Label);
            case CustomFieldKind.Bool:
                return text.ToLowerInvariant() switch
                {
                    "true" or "sí" or "si" or "yes" => "true",
                    "false" or "no" => "false",
                    _ => throw new InputException(Key, Rules.CustomFieldBool, Label),
                };
            case CustomFieldKind.Choice:
                return ChoiceList.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase))
                    ?? throw new InputException(Key, Rules.CustomFieldChoice, Label);
            case CustomFieldKind.Person:
                return InputText.Optional(Key, text, PersonMaxLength);
            default:
                throw new InputException(Key, Rules.InvalidValue, text);
        }
    }

    /// <summary>
    /// A plain number ("12", "3.5", "3,5") or one written the Colombian way with thousands ("1.020.304,5"); null for
    /// anything else. Template fields read numbers this way too.
    /// </summary>
    internal static decimal? ReadNumber(string text)
    {
        if (!NumberPattern().IsMatch(text)) return null;
        var invariant = text.Contains(',') ? text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : text;
        if (invariant.Count(c => c == '.') > 1) invariant = invariant.Replace(".", "", StringComparison.Ordinal);
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    [GeneratedRegex(@"^[+-]?(\d+([.,]\d+)?|\d{1,3}(\.\d{3})+(,\d+)?)$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("^[a-z0-9]+([-_][a-z0-9]+)*$")]
    private static partial Regex NameShape();
}
