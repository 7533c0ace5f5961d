using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;
using MimeKit;
using static Mesa.Web.Tests.Mail.MailMessages;

namespace Mesa.Web.Tests.Mail;

/// <summary>
/// Guía §6 "Correo electrónico", §15.1: the <c>mail-fetch</c> job reads real IMAP mailboxes
/// (Dovecot on loopback), opens tickets, threads replies, keeps files, and never answers a machine.
/// </summary>
public abstract class MailFetchTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private ImapMailbox Soporte => app.Soporte!;

    [Fact] // Guía §6: a message to a service mailbox is an incident of that service, registered for its sender
    public async Task A_mail_from_a_known_person_opens_an_email_ticket_for_them_and_is_moved_to_processed()
    {
        app.Clock.Advance(TimeSpan.FromHours(2)); // a fresh hour for the acknowledgement limit
        var token = NewToken();
        var processedBefore = await Soporte.CountAsync("Procesados");

        Assert.Equal(1, await DeliverAndFetchAsync(Load("01-plain-utf8", token)));

        var ticket = await TicketAsync(token);
        Assert.Equal(("new", "email", "incident", "Soporte Técnico"),
            (ticket.Str("state"), ticket.Str("origin"), ticket.Str("type"), ticket.Str("service")));
        Assert.Equal(("usuario1", "usuario1"), (ticket.Str("requester.userName"), ticket.Str("registeredBy.userName")));
        Assert.Equal($"No enciende el equipo de la recepción {token}", ticket.Str("title"));
        Assert.StartsWith("Buenos días,\n\nEl computador de la recepción no enciende", ticket.Str("description"), StringComparison.Ordinal);
        Assert.Equal((0, processedBefore + 1), (await Soporte.CountAsync(), await Soporte.CountAsync("Procesados")));

        // Guía §9: the registration mail carries the code back to the sender.
        await _desk.RunJobAsync("mail-send");
        Assert.Contains(app.Smtp!.Messages, m => m.Subject!.StartsWith($"[{ticket.Str("code")}] Registro", StringComparison.Ordinal)
                                                  && m.To.Mailboxes.Single().Address == "usuario1@mesa.test");
    }

    [Theory] // Encodings, charsets, HTML-only, alternatives, forwards, no subject
    [InlineData("02-subject-rfc2047-latin1", "soporte", "Impresora sin tóner en el área de nómina {0}", "La impresora del área de nómina se quedó sin tóner.", "=?")]
    [InlineData("03-body-latin1-qp", "soporte", "Clave bloqueada {0}", "Se bloqueó mi contraseña del correo después de tres intentos.\n¿Pueden desbloquearla? Gracias.", "=F3")]
    [InlineData("04-body-windows1252", "soporte", "Cotizacion de licencias {0}", "El valor aprobado es € 1.200 para las “licencias de ofimática”.", "=80")]
    [InlineData("05-body-base64-utf8", "soporte", "Pantalla azul al iniciar {0}", "una pantalla azul con el mensaje «CRITICAL_PROCESS_DIED».", "QWwg")]
    [InlineData("06-html-only", "soporte", "Acceso a ORFEO {0}", "Buenas tardes,\n\nNo puedo entrar a ORFEO: dice «usuario inválido».\n\nGracias & saludos", "alert")]
    [InlineData("07-multipart-alternative", "soporte", "Solicitud de carpeta compartida {0}", "Necesito una carpeta compartida para el equipo de contratación.", "versión HTML")]
    [InlineData("11-forwarded-inline-outlook", "soporte", "Solicitud de acceso al SIGEP {0}", "De: Contratista Nuevo <contratista@externo.test>", "RV:")]
    [InlineData("12-forwarded-inline-gmail", "peticiones", "Licencia de Adobe vencida {0}", "Su licencia venció el 24 de noviembre.", "Fwd:")]
    [InlineData("18-no-subject", "soporte", "(Sin asunto)", "Mensaje sin asunto {0}: el teclado no escribe la ñ.", "<")]
    public async Task Real_world_mail_reaches_the_ticket_as_readable_text(string file, string mailbox, string title,
        string words, string absent)
    {
        var token = NewToken();
        var box = mailbox == "soporte" ? Soporte : app.Peticiones!;

        await DeliverAndFetchAsync(Load(file, token), box);

        var ticket = await TicketAsync(token);
        Assert.Equal(string.Format(title, token), ticket.Str("title"));
        Assert.Contains(string.Format(words, token), ticket.Str("description"), StringComparison.Ordinal);
        Assert.DoesNotContain(absent, ticket.Str("title") + ticket.Str("description"), StringComparison.Ordinal);
        Assert.Equal(mailbox == "soporte" ? ("incident", "Soporte Técnico") : ("request", "Sistemas de Información"),
            (ticket.Str("type"), ticket.Str("service")));
    }

    [Fact] // RFC 2231 and RFC 2047 file names with accents, inline images, a forwarded message
    public async Task Files_in_the_mail_are_kept_as_attachments_under_their_own_names()
    {
        var (token, tokenB, tokenC) = (NewToken(), NewToken(), NewToken());
        await DeliverAndFetchAsync(Load("09-attachment-rfc2231", token));
        await DeliverAndFetchAsync(Load("08-inline-image", tokenB));
        await DeliverAndFetchAsync(Load("10-forwarded-as-attachment", tokenC));

        var report = await AttachmentsAsync(await TicketAsync(token));
        Assert.Equal(["Informe técnico año 2026.pdf", "nómina.csv"], report.Select(a => a.Str("fileName")));
        Assert.Equal(["application/pdf", "text/csv"], report.Select(a => a.Str("contentType")));
        Assert.All(report, a => Assert.Equal("true", a.Str("published")));
        var pdf = await DownloadAsync(await TicketAsync(token), report[0]!);
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(pdf), StringComparison.Ordinal);
        Assert.Equal("documento;nombre\r\n1;Peña\r\n", System.Text.Encoding.UTF8.GetString(await DownloadAsync(await TicketAsync(token), report[1]!)));

        var inline = await AttachmentsAsync(await TicketAsync(tokenB));
        Assert.Equal(["imagen-1.png"], inline.Select(a => a.Str("fileName")));
        var forwarded = await AttachmentsAsync(await TicketAsync(tokenC));
        Assert.Equal(["Actualice sus datos.eml"], forwarded.Select(a => a.Str("fileName")));
        Assert.Contains("Haga clic aquí", System.Text.Encoding.UTF8.GetString(
            await DownloadAsync(await TicketAsync(tokenC), forwarded[0]!)), StringComparison.Ordinal);
    }

    [Fact] // A file over the limit (1 MB here) or one that runs when opened is left out, the rest kept, with a note
    public async Task Oversized_and_executable_files_are_left_out_with_a_note_and_the_mail_is_still_taken()
    {
        var (token, tokenX) = (NewToken(), NewToken());
        await DeliverAndFetchAsync(WithFile(token, "video de la falla.mp4", 1_600_000));
        await DeliverAndFetchAsync(Load("13-exe-attachment", tokenX));

        var big = await TicketAsync(token);
        Assert.Contains("Adjunto «video de la falla.mp4» no guardado: pesa 1,5 MB y el máximo es 1 MB.", big.Str("description"), StringComparison.Ordinal);
        Assert.Equal(["foto.png"], (await AttachmentsAsync(big)).Select(a => a.Str("fileName")));

        var exe = await TicketAsync(tokenX);
        Assert.Contains("Adjunto «setup_escaner.exe» no guardado: no se admiten archivos .exe.", exe.Str("description"), StringComparison.Ordinal);
        Assert.Empty(await AttachmentsAsync(exe));
    }

    [Theory] // Auto-replies, out-of-office, lists and bounces never open a ticket nor get an answer
    [InlineData("30-auto-reply-header")]
    [InlineData("31-out-of-office-subject-only")]
    [InlineData("32-precedence-bulk")]
    [InlineData("33-bounce-dsn")]
    [InlineData("34-bounce-exchange-subject")]
    [InlineData("35-x-autoreply")]
    public async Task Machines_never_open_a_ticket_nor_get_an_answer(string file)
    {
        var ticket = await _desk.RegisterAsync("usuario1", "Consulta del certificado");
        await _desk.RunJobAsync("mail-send");
        var token = NewToken();
        var sentBefore = app.Smtp!.Messages.Count;

        Assert.Equal(1, await DeliverAndFetchAsync(Load(file, token, ticket.Str("code"))));
        await _desk.RunJobAsync("mail-send");

        Assert.Null(await FindAsync(token));
        Assert.DoesNotContain(await _desk.ActionsAsync(ticket), a => a.Str("kind") == "user-reply");
        Assert.Equal(sentBefore, app.Smtp.Messages.Count);
        Assert.Equal(0, await Soporte.CountAsync());
    }

    [Fact] // Guía §15.1: the requester answers the question by mail; the ticket shows "Con respuesta del usuario"
    public async Task A_reply_from_the_requester_answers_the_question_without_the_quoted_history()
    {
        var ticket = await _desk.AskedAsync();
        var token = NewToken();

        await DeliverAndFetchAsync(Load("20-reply-outlook-es", token, ticket.Str("code")));

        var reply = (await _desk.ActionsAsync(ticket)).Last()!;
        Assert.Equal(("user-reply", "usuario1", $"Es la impresora HP del segundo piso, serial {token}.\n\nCordialmente,\nUsuario Uno"),
            (reply.Str("kind"), reply.Str("author"), reply.Str("text")));
        Assert.Equal("user-replied", (await _desk.GetAsync(ticket.Str("id"))).Str("substate.code"));
        Assert.Null(await FindAsync(token));

        await _desk.RunJobAsync("mail-send");
        Assert.Contains(app.Smtp!.Messages, m => m.Subject!.Contains(ticket.Str("code"), StringComparison.Ordinal)
                                                  && m.To.Mailboxes.Any(a => a.Address == "agente1@mesa.test")
                                                  && m.TextBody!.Contains(token, StringComparison.Ordinal));
    }

    [Fact] // Threading by In-Reply-To against what Mesa sent, even when the subject lost the code
    public async Task A_reply_threads_by_the_message_it_answers_even_without_the_code()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "La impresora no imprime");
        await _desk.RunJobAsync("mail-send");
        var registration = app.Smtp!.Messages.Last(m => m.Subject!.Contains(ticket.Str("code"), StringComparison.Ordinal));
        var token = NewToken();

        await DeliverAndFetchAsync(Load("21-reply-gmail-threaded", token, inReplyTo: registration.MessageId!));

        var reply = (await _desk.ActionsAsync(ticket)).Last()!;
        Assert.Equal(("user-reply", $"Ya reinicié el equipo y sigue igual {token}."), (reply.Str("kind"), reply.Str("text")));
    }

    [Fact] // Guía §15.1: "la respuesta a ese correo" — a reply to a Notificar message comes back to the ticket
    public async Task A_reply_to_a_notice_comes_back_to_the_ticket()
    {
        var ticket = await _desk.AssignedAsync();
        var agent = await app.As("agente1");
        await (await agent.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/notify", new
        {
            recipients = new[] { "usuario1" },
            subject = "Visita técnica",
            text = "¿Le sirve mañana a las 9?",
        })).ReadObjectAsync(HttpStatusCode.Created);
        await _desk.RunJobAsync("mail-send");
        var notice = app.Smtp!.Messages.Last(m => m.Subject == $"[{ticket.Str("code")}] Visita técnica");
        var token = NewToken();

        await DeliverAndFetchAsync(Load("21-reply-gmail-threaded", token, inReplyTo: notice.MessageId!));

        var reply = (await _desk.ActionsAsync(ticket)).Last()!;
        Assert.Equal(("user-reply", "usuario1"), (reply.Str("kind"), reply.Str("author")));
    }

    [Theory] // Apple Mail in English, and a person who writes below the quote
    [InlineData("22-reply-apple-en", "It is the one next to the window {0}.\n\nSent from my iPhone")]
    [InlineData("23-reply-quote-below-only", "> ¿Cuál es el modelo de la impresora?\n\nEs una Epson {0}.")]
    public async Task Other_reply_styles_become_the_words_the_person_wrote(string file, string expected)
    {
        var ticket = await _desk.AssignedAsync();
        var token = NewToken();

        await DeliverAndFetchAsync(Load(file, token, ticket.Str("code")));

        Assert.Equal(string.Format(expected, token), (await _desk.ActionsAsync(ticket)).Last()!.Str("text"));
    }

    [Fact] // A code quoted by someone who is not a participant never lands in that ticket
    public async Task A_mail_quoting_someone_elses_ticket_opens_a_ticket_of_its_own()
    {
        var ticket = await _desk.AssignedAsync();
        var before = (await _desk.ActionsAsync(ticket)).Count;
        var token = NewToken();

        await DeliverAndFetchAsync(Load("24-reply-from-stranger", token, ticket.Str("code")));

        Assert.Equal(before, (await _desk.ActionsAsync(ticket)).Count);
        var own = await TicketAsync(token);
        Assert.Equal(("usuario2", $"[{ticket.Str("code")}] Consulta {token}"), (own.Str("requester.userName"), own.Str("title")));
    }

    [Fact] // The ticket's agent answering the assignment mail adds an internal note, never shown to the requester
    public async Task The_agent_replying_by_mail_adds_an_internal_note()
    {
        var ticket = await _desk.AssignedAsync();
        var token = NewToken();

        await DeliverAndFetchAsync(Load("25-reply-from-agent", token, ticket.Str("code")));

        var note = (await _desk.ActionsAsync(ticket)).Last()!;
        Assert.Equal(("note", "agente1", "false"), (note.Str("kind"), note.Str("author"), note.Str("published")));
        Assert.DoesNotContain(await _desk.ActionsAsync(ticket, "usuario1"), a => a.Str("text").Contains(token, StringComparison.Ordinal));
    }

    [Fact] // Guía §10: a closed ticket stays closed; a reply to it opens a new one that names it
    public async Task A_reply_to_a_closed_ticket_opens_a_new_one_that_names_it()
    {
        var ticket = await _desk.ResolvedAsync();
        var requester = await app.As("usuario1");
        await (await requester.PostJsonAsync($"/api/v1/tickets/{ticket.Str("id")}/confirm", new { correct = true }))
            .ReadObjectAsync(HttpStatusCode.OK);
        var token = NewToken();

        await DeliverAndFetchAsync(Load("20-reply-outlook-es", token, ticket.Str("code")));

        var newer = await TicketAsync(token);
        Assert.StartsWith($"Respuesta por correo a {ticket.Str("code")}, que ya no está abierta:\n\nEs la impresora HP",
            newer.Str("description"), StringComparison.Ordinal);
        Assert.Equal("closed", (await _desk.GetAsync(ticket.Str("id"))).Str("state"));
    }

    [Fact] // A reply-all to two mailboxes, a copy read again, a message without Message-ID: one ticket
    public async Task A_message_is_taken_once_however_often_it_reaches_Mesa()
    {
        var token = NewToken();
        var message = Load("01-plain-utf8", token);
        await Soporte.AppendAsync(message);
        await app.Peticiones!.AppendAsync(message);

        Assert.Equal(1, await _desk.RunJobAsync("mail-fetch"));
        Assert.Equal(0, await DeliverAndFetchAsync(message)); // as after a crash between taking and moving
        Assert.Equal((0, 0), (await Soporte.CountAsync(), await app.Peticiones.CountAsync()));
        Assert.Equal(1, await CountAsync(token));

        var anonymous = NewToken();
        Assert.Equal(1, await DeliverAndFetchAsync(Load("14-no-message-id", anonymous)));
        Assert.Equal(0, await DeliverAndFetchAsync(Load("14-no-message-id", anonymous)));
        Assert.Equal(1, await CountAsync(anonymous));
    }

    [Fact] // Mesa's own notifications that come back (a loop, a forward rule) are never re-imported
    public async Task Mesas_own_mail_is_never_taken_again()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "La impresora no imprime");
        await _desk.RunJobAsync("mail-send");
        var own = app.Smtp!.Messages.Last(m => m.Subject!.Contains(ticket.Str("code"), StringComparison.Ordinal));
        var actions = (await _desk.ActionsAsync(ticket)).Count;

        Assert.Equal(1, await DeliverAndFetchAsync(own));

        Assert.Equal(actions, (await _desk.ActionsAsync(ticket)).Count);
        Assert.Equal(1, await CountAsync(ticket.Str("code")));
    }

    [Fact] // Guía §5: external people reach the desk by mail; an account is opened for a new address
    public async Task A_new_address_gets_a_requester_account_and_its_ticket()
    {
        var token = NewToken();

        await DeliverAndFetchAsync(Load("15-unknown-sender", token));

        var ticket = await TicketAsync(token);
        Assert.Equal(($"ciudadana.perez{token}@correo.test", "Ciudadana Pérez", $"ciudadana.perez{token}@correo.test"),
            (ticket.Str("requester.userName"), ticket.Str("requester.displayName"), ticket.Str("requester.email")));
    }

    [Fact] // Guía §14.2 "Otros usuarios informados": people in copy who have an account follow the ticket
    public async Task People_in_copy_with_an_account_become_informed_users()
    {
        var token = NewToken();

        await DeliverAndFetchAsync(Load("16-cc-informed", token));

        var ticket = await _desk.GetAsync((await TicketAsync(token)).Str("id"));
        var informed = ticket["informedUsers"]!.AsArray();
        Assert.Equal(["usuario2"], informed.Select(i => i.Str("userName")));
    }

    [Fact] // The mailboxes face the internet: a stranger's copies are addresses a stranger typed, and inform nobody
    public async Task A_strangers_copies_make_nobody_an_informed_user()
    {
        var token = NewToken();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Desconocido", $"desconocido{token}@externo.test"));
        message.To.Add(new MailboxAddress("Soporte", "soporte@mesa.test"));
        message.Cc.Add(new MailboxAddress("Usuario Dos", "usuario2@mesa.test"));
        message.Cc.Add(new MailboxAddress("Agente Uno", "agente1@mesa.test"));
        message.Subject = $"Revisen esto {token}";
        message.MessageId = $"{token}.cc@externo.test";
        message.Body = new TextPart("plain") { Text = "Les copio a todos." };

        await DeliverAndFetchAsync(message);

        var ticket = await _desk.GetAsync((await TicketAsync(token)).Str("id"));
        Assert.Empty(ticket["informedUsers"]!.AsArray());
    }

    [Fact] // An address that writes in a loop gets at most five acknowledgements an hour
    public async Task A_robot_writing_in_a_loop_gets_at_most_five_acknowledgements_an_hour()
    {
        var token = NewToken();
        for (var n = 1; n <= 7; n++) await Soporte.AppendAsync(Load("36-robot-no-headers", token, n: n));

        Assert.Equal(7, await _desk.RunJobAsync("mail-fetch"));
        await _desk.RunJobAsync("mail-send");

        Assert.Equal(7, await CountAsync(token));
        Assert.Equal(5, app.Smtp!.Messages.Count(m => m.To.Mailboxes.Any(a => a.Address == $"alarmas{token}@monitoreo.test")));
    }

    private async Task<int> DeliverAndFetchAsync(MimeMessage message, ImapMailbox? mailbox = null)
    {
        await (mailbox ?? Soporte).AppendAsync(message);
        return await _desk.RunJobAsync("mail-fetch");
    }

    private async Task<JsonObject?> FindAsync(string word) => (await SearchAsync(word)).SingleOrDefault()?.AsObject();

    private async Task<int> CountAsync(string word) => (await SearchAsync(word)).Count;

    private async Task<JsonArray> SearchAsync(string word)
    {
        var agent = await app.As("agente1");
        var page = await (await agent.GetAsync($"/api/v1/tickets?view=all-open&q={Uri.EscapeDataString(word)}"))
            .ReadObjectAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray();
    }

    private async Task<JsonObject> TicketAsync(string token) =>
        await FindAsync(token) ?? throw new Xunit.Sdk.XunitException($"No ticket holds «{token}».");

    private async Task<JsonArray> AttachmentsAsync(JsonObject ticket)
    {
        var client = await app.As("agente1");
        return await (await client.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments")).ReadArrayAsync();
    }

    private async Task<byte[]> DownloadAsync(JsonObject ticket, JsonNode attachment)
    {
        var client = await app.As("agente1");
        var response = await client.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/attachments/{attachment.Str("id")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}

public sealed class MailFetchOnSqlite(MailInSqliteApp app) : MailFetchTests(app), IClassFixture<MailInSqliteApp>;

public sealed class MailFetchOnPostgres(MailInPostgresApp app) : MailFetchTests(app), IClassFixture<MailInPostgresApp>;

/// <summary><c>Mesa:UnknownSenders=ignore</c>: mail from an address without an account is recorded and left out.</summary>
public sealed class MailFromStrangersIgnored(MailInIgnoringStrangersApp app) : IClassFixture<MailInIgnoringStrangersApp>
{
    [Fact]
    public async Task Mail_from_an_unknown_address_opens_no_ticket_and_no_account()
    {
        var token = NewToken();
        await app.Soporte!.AppendAsync(Load("15-unknown-sender", token));

        Assert.Equal(1, await new Desk(app).RunJobAsync("mail-fetch"));

        var agent = await app.As("agente1");
        var page = await (await agent.GetAsync($"/api/v1/tickets?view=all-open&q={token}")).ReadObjectAsync(HttpStatusCode.OK);
        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal((0, 1), (await app.Soporte.CountAsync(), await app.Soporte.CountAsync("Procesados")));
    }
}
