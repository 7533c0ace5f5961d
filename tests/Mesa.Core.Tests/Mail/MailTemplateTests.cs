using Mesa.Core.Common;
using Mesa.Core.Mail;
using Mesa.Core.Tests.Support;

namespace Mesa.Core.Tests.Mail;

public sealed class MailTemplateTests
{
    [Fact] // The marks become the ticket's data; a mark without a value shows as a dash
    public void Marks_are_filled_with_the_tickets_data()
    {
        var text = MailPlaceholders.Render("{codigo} «{titulo}» está {estado}; técnico: {agente}. {otro}",
            new Dictionary<string, string?>
            {
                [MailPlaceholders.Code] = "REQ 2026-000123",
                [MailPlaceholders.Title] = "No imprime",
                [MailPlaceholders.State] = "Asignada",
                [MailPlaceholders.Agent] = null,
            });

        Assert.Equal("REQ 2026-000123 «No imprime» está Asignada; técnico: —. {otro}", text);
    }

    [Fact] // A mark Mesa does not know is refused on saving, so that no e-mail ever shows it
    public void A_template_with_an_unknown_mark_is_refused()
    {
        var template = new MailTemplate(NotificationKind.Notice, "Seguimiento", "Seguimiento de {codigo}", "Texto",
            DateTimeOffset.UnixEpoch);

        Rule.BadInput("body", Rules.MailTemplateUnknownMark,
            () => template.Change("Seguimiento", "Registro: {titulo}", "Hola {nombre}", DateTimeOffset.UnixEpoch));
        Rule.BadInput("subject", Rules.Required, () => template.Change("Seguimiento", " ", "Texto", DateTimeOffset.UnixEpoch));
        Assert.Equal("Seguimiento de {codigo}", template.Subject);
    }

    [Fact] // An automatic notice's template is named after its kind; a Notificar template keeps the admin's name
    public void Templates_are_named_by_kind_or_by_the_admin()
    {
        var registration = new MailTemplate(NotificationKind.Registration, "ignorado", "Registro: {titulo}", "Texto",
            DateTimeOffset.UnixEpoch);
        var notice = new MailTemplate(NotificationKind.Notice, " Seguimiento semanal ", "Seguimiento de {codigo}",
            "Le contamos cómo va.", DateTimeOffset.UnixEpoch);

        Assert.Equal(("Registration", "Seguimiento semanal"), (registration.Name, notice.Name));
    }
}
