namespace Mesa.Core.Templates;

/// <summary>What a field of a template asks for, and so which input the form shows and what it accepts.</summary>
public enum TemplateFieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>A number, with a comma or a point for decimals.</summary>
    Number,

    /// <summary>A day, kept as dd/MM/yyyy.</summary>
    Date,

    /// <summary>One of the template's options.</summary>
    Choice,
}
