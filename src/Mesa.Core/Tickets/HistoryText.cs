using System.Globalization;
using System.Resources;

namespace Mesa.Core.Tickets;

/// <summary>
/// The words the system writes into a ticket's history itself (<c>HistoryText.resx</c>, Spanish;
/// <c>HistoryText.en.resx</c>). Like the e-mails, they are written once in the organisation's language
/// (<c>Mesa:MailCulture</c>), not in the language of whoever caused them.
/// </summary>
public sealed class HistoryText(CultureInfo culture)
{
    private static readonly ResourceManager Resources = new("Mesa.Core.Tickets.HistoryText", typeof(HistoryText).Assembly);

    public string this[string key, params object[] arguments] =>
        string.Format(culture, Resources.GetString(key, culture) ?? key, arguments);
}

/// <summary>Why a rule placed the ticket now (Guía §7 the sweep, the optional assignment on registration, §12).</summary>
public enum RuleOccasion
{
    Sweep,
    Registration,
    Reclassification,
}
