using System.Globalization;
using System.Resources;

namespace Mesa.Core.Mail;

/// <summary>
/// The words of Mesa's e-mails (<c>MailText.resx</c>, Spanish; <c>MailText.en.resx</c>). Mail goes out in the
/// organisation's language, not the language of whoever caused it.
/// </summary>
public sealed class MailText
{
    private static readonly ResourceManager Resources = new("Mesa.Core.Mail.MailText", typeof(MailText).Assembly);

    private readonly CultureInfo _culture;

    public MailText(CultureInfo culture) => _culture = culture;

    public string this[string key, params object[] arguments] =>
        string.Format(_culture, Resources.GetString(key, _culture) ?? key, arguments);

    /// <summary>A text as written, marks such as <c>{codigo}</c> left for <see cref="MailPlaceholders"/>.</summary>
    public string Raw(string key) => Resources.GetString(key, _culture) ?? key;

    public CultureInfo Culture => _culture;
}
