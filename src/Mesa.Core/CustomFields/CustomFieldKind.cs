namespace Mesa.Core.CustomFields;

/// <summary>What a custom field holds (Guía §14.5), and so which input the forms show and what the API accepts.</summary>
public enum CustomFieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text (the API's <c>longtext</c>).</summary>
    Longtext,

    /// <summary>A number, kept with a point for decimals.</summary>
    Number,

    /// <summary>A day, kept as yyyy-MM-dd.</summary>
    Date,

    /// <summary>Yes or no, kept as true or false.</summary>
    Bool,

    /// <summary>One of the field's choices.</summary>
    Choice,

    /// <summary>A person of Mesa, kept by user name.</summary>
    Person,
}
