using System.Text.RegularExpressions;
using Mesa.Core.Common;

namespace Mesa.Core.Mail;

/// <summary>
/// The marks an admin writes in a mail template, in Spanish, and what each becomes: <c>{codigo}</c>,
/// <c>{titulo}</c>, … A mark Mesa does not know is refused when the template is saved, so no e-mail ever shows one.
/// </summary>
public static partial class MailPlaceholders
{
    public const string Code = "codigo";
    public const string Title = "titulo";
    public const string State = "estado";
    public const string Requester = "solicitante";
    public const string Agent = "agente";
    public const string Group = "grupo";
    public const string Service = "servicio";
    public const string Category = "categoria";
    public const string CreatedAt = "fecha_registro";
    public const string ResolutionDue = "fecha_resolucion";

    /// <summary>Every mark, in the order the admin's page explains them.</summary>
    public static readonly string[] All =
        [Code, Title, State, Requester, Agent, Group, Service, Category, CreatedAt, ResolutionDue];

    /// <summary>The text with every mark replaced; a value not given shows as a dash.</summary>
    public static string Render(string template, IReadOnlyDictionary<string, string?> values) =>
        Mark().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value) ? value ?? "—" : m.Value);

    /// <summary>Refuses a text with a mark Mesa does not know (of <paramref name="known"/>, or of <see cref="All"/>), naming it.</summary>
    public static void Check(string field, string text, IReadOnlyList<string>? known = null)
    {
        var marks = known ?? All;
        var unknown = Mark().Matches(text).Select(m => m.Groups[1].Value).FirstOrDefault(name => !marks.Contains(name));
        if (unknown is not null) throw new InputException(field, Rules.MailTemplateUnknownMark, "{" + unknown + "}");
    }

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex Mark();
}
