using Mesa.Core.Common;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Hosting;

/// <summary>
/// The sentence for a rule of the guide or an input error (Messages.resx, in the request's language), for the API's
/// problem details and the pages' form messages alike.
/// </summary>
public sealed class RuleText(IStringLocalizer<Messages> text)
{
    public string Message(string key, IReadOnlyList<object>? arguments = null) =>
        arguments is null or { Count: 0 }
            ? text[key].Value
            : text[key, arguments.Select(Localise).ToArray()].Value;

    /// <summary>The message of an error the domain raised, or null for an exception that is not the caller's doing.</summary>
    public string? For(Exception error) => error switch
    {
        DomainException d => Message(d.Rule, d.Arguments),
        InputException i => Message(i.Rule, i.Arguments),
        NotFoundException n => Message(n.Rule, n.Arguments),
        ForbiddenException f => Message(f.Rule, f.Arguments),
        StaleVersionException => Message(Rules.StaleVersion),
        _ => null,
    };

    /// <summary>Enum arguments (a state) are shown by their Spanish name: "Nueva", not "New".</summary>
    private object Localise(object argument) =>
        argument is Enum e ? text[$"{e.GetType().Name}.{e}"].Value : argument;
}
