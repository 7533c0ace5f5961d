using Mesa.Core.Mail.Inbound;

namespace Mesa.Core.Tests.Mail;

/// <summary>Guía §15.1: what a person wrote in a reply, whatever their mail program.</summary>
public sealed class ReplyTextTests
{
    [Theory] // Outlook (es, en), Gmail, Apple Mail, and the forwards of each, however many times answered
    [InlineData("RE: [REQ 2026-000123] Pregunta", "[REQ 2026-000123] Pregunta")]
    [InlineData("RV: Solicitud de acceso", "Solicitud de acceso")]
    [InlineData("Fwd: Re: RE: Licencia vencida", "Licencia vencida")]
    [InlineData("re[2]: Impresora", "Impresora")]
    [InlineData("Reunión de seguimiento", "Reunión de seguimiento")]
    [InlineData("  ", "")]
    public void The_subject_loses_the_reply_and_forward_prefixes(string subject, string expected) =>
        Assert.Equal(expected, ReplyText.CleanSubject(subject));

    [Theory] // Threading only by the whole code, never by a bare number
    [InlineData("RE: [REQ 2026-000123] Pregunta", "REQ 2026-000123")]
    [InlineData("sobre la req 2026-000045 que abrí ayer", "REQ 2026-000045")]
    [InlineData("el caso 2026-000123", null)]
    [InlineData("REQ 2026-0001234", null)]
    [InlineData("XREQ 2026-000123", null)]
    [InlineData(null, null)]
    public void A_ticket_code_is_found_only_whole(string? text, string? expected) =>
        Assert.Equal(expected, ReplyText.FindCode("REQ", text));

    [Fact] // Outlook in Spanish: "De: … Enviado: …" starts the history
    public void An_outlook_reply_keeps_the_words_above_the_header_block()
    {
        var text = "Es la impresora HP.\r\n\r\nCordialmente,\r\nUsuario\r\n\r\n________________________________\r\n" +
                   "De: Mesa de Servicio <mesa@mesa.test>\r\nEnviado: jueves, 26 de noviembre de 2026 11:00\r\n" +
                   "Para: Usuario\r\nAsunto: RE: algo\r\n\r\n¿Cuál es el modelo?";

        Assert.Equal("Es la impresora HP.\n\nCordialmente,\nUsuario", ReplyText.TrimQuoted(text));
    }

    [Fact] // Gmail wraps "El … escribió:" over two lines when the name is long
    public void A_gmail_reply_keeps_the_words_above_the_wrapped_attribution()
    {
        var text = "Ya reinicié el equipo.\n\nEl jue, 26 nov 2026 a las 11:00, Mesa de Servicio (<mesa@mesa.test>)\n" +
                   "escribió:\n\n> Registramos su incidencia.\n>\n> Mesa";

        Assert.Equal("Ya reinicié el equipo.", ReplyText.TrimQuoted(text));
    }

    [Theory]
    [InlineData("Listo.\n\nOn 26 Nov 2026, at 11:00, Mesa <mesa@mesa.test> wrote:\n> Which?", "Listo.")]
    [InlineData("Listo.\n-----Mensaje original-----\nDe: Mesa\nEnviado: hoy", "Listo.")]
    [InlineData("Listo.\n----- Original Message -----\nFrom: Mesa", "Listo.")]
    [InlineData("Listo.\n\n> cita\n> más cita", "Listo.")]
    [InlineData("Línea 1\n> una cita en medio\nLínea 2", "Línea 1\n> una cita en medio\nLínea 2")]
    public void Other_reply_styles_lose_their_quoted_history(string text, string expected) =>
        Assert.Equal(expected, ReplyText.TrimQuoted(text));

    [Fact] // A person who writes below the quote does not lose their words
    public void A_reply_written_below_the_quote_is_kept_whole()
    {
        var text = "> ¿Cuál es el modelo?\n\nEs una Epson.";

        Assert.Equal(text, ReplyText.TrimQuoted(text));
    }

    [Fact]
    public void Text_is_normalised_to_single_blank_lines_and_no_trailing_spaces() =>
        Assert.Equal("a\n\nb", ReplyText.Normalize("a  \r\n\r\n\r\n\r\nb\r\n\r\n"));
}
