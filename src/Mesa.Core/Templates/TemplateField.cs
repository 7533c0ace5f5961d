using System.Globalization;
using Mesa.Core.Common;

namespace Mesa.Core.Templates;

/// <summary>
/// One piece of the "información determinada" a template requires (Guía §5 Plantilla): its label, what it accepts,
/// whether it must be filled, the value offered at first and a hint for the person filling it.
/// </summary>
public sealed class TemplateField
{
    public const int LabelMaxLength = 50;
    public const int HintMaxLength = 300;
    public const int OptionsMaxLength = 2_000;
    public const int TextMaxLength = 200;
    public const int LongTextMaxLength = 4_000;

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    private TemplateField()
    {
    }

    internal TemplateField(int position, TemplateFieldInput input)
    {
        var field = $"fields[{position}]";
        Position = position;
        Label = InputText.Required(field, input.Label, LabelMaxLength);
        Kind = input.Kind;
        Required = input.Required;
        Hint = InputText.Optional(field, input.Hint, HintMaxLength);
        Options = InputText.Optional(field, input.Options is null ? null : string.Join('\n', SplitOptions(input.Options)),
            OptionsMaxLength);
        if (Kind == TemplateFieldKind.Choice && OptionList.Count < 2)
            throw new InputException(field, Rules.TemplateChoiceNeedsOptions, Label);
        DefaultValue = string.IsNullOrWhiteSpace(input.DefaultValue) ? null : Accept(input.DefaultValue, field);
    }

    public long Id { get; private set; }

    public long TemplateId { get; private set; }

    /// <summary>Order on the form, from 0.</summary>
    public int Position { get; private set; }

    public string Label { get; private set; } = "";

    public TemplateFieldKind Kind { get; private set; }

    public bool Required { get; private set; }

    /// <summary>The choices of a <see cref="TemplateFieldKind.Choice"/> field, one per line.</summary>
    public string? Options { get; private set; }

    public string? DefaultValue { get; private set; }

    public string? Hint { get; private set; }

    public IReadOnlyList<string> OptionList => Options is null ? [] : Options.Split('\n');

    public TemplateFieldInput ToInput() => new(Label, Kind, Required, Options, DefaultValue, Hint);

    /// <summary>
    /// The answer as the ticket keeps it, or null for an optional field left empty. A required field left empty, a
    /// number that is not one, a day that does not exist or a choice the template does not offer is bad input,
    /// named after this field so the form shows it beside it.
    /// </summary>
    public string? Answer(string? value)
    {
        var field = $"fields[{Position}]";
        if (string.IsNullOrWhiteSpace(value))
            return Required ? throw new InputException(field, Rules.TemplateFieldRequired, Label) : null;
        return Accept(value, field);
    }

    private string Accept(string value, string field)
    {
        var text = value.Trim();
        switch (Kind)
        {
            case TemplateFieldKind.Text:
                return InputText.Optional(field, text.ReplaceLineEndings(" "), TextMaxLength)!;
            case TemplateFieldKind.LongText:
                return InputText.Optional(field, text, LongTextMaxLength)!;
            case TemplateFieldKind.Number:
                return CustomFields.CustomField.ReadNumber(text) is not null ? text : throw new InputException(field, Rules.TemplateFieldNumber, Label);
            case TemplateFieldKind.Date:
                if (!DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    throw new InputException(field, Rules.TemplateFieldDate, Label);
                return day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            case TemplateFieldKind.Choice:
                return OptionList.FirstOrDefault(o => string.Equals(o, text, StringComparison.OrdinalIgnoreCase))
                    ?? throw new InputException(field, Rules.TemplateFieldChoice, Label);
            default:
                throw new InputException(field, Rules.InvalidValue, text);
        }
    }

    private static IEnumerable<string> SplitOptions(string options) =>
        options.Split('\n').Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A field of a template as the admin writes it.</summary>
public sealed record TemplateFieldInput(
    string? Label,
    TemplateFieldKind Kind = TemplateFieldKind.Text,
    bool Required = false,
    string? Options = null,
    string? DefaultValue = null,
    string? Hint = null);
