using System.Net;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Mesa.Web.Tests.Mail.MailMessages;

namespace Mesa.Web.Tests.Mail;

/// <summary>
/// A From line is only what the sender typed. A mail that would be a requester's reply (Guía §14.3) or an agent's
/// note lands on a ticket only when its sender is verified: the entity's receiving server stamped DMARC pass for the
/// From domain, or the mail answers one Mesa sent to that very person. Anything else waits, internal, for an agent.
/// </summary>
public abstract partial class ForgedSenderTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private ImapMailbox Soporte => app.Soporte!;

    [Fact]
    public async Task A_reply_in_the_requesters_name_that_fails_dmarc_waits_until_an_agent_accepts_it()
    {
        var ticket = await _desk.AskedAsync();
        var token = NewToken();

        await DeliverAsync(Load("20-reply-outlook-es", token, ticket.Str("code")), dmarc: "fail");

        var held = (await _desk.ActionsAsync(ticket)).Last()!;
        Assert.Equal(("held-mail", "usuario1", false), (held.Str("kind"), held.Str("author"), (bool)held["published"]!));
        Assert.Equal("pending-user", (await _desk.GetAsync(ticket.Str("id"))).Str("substate.code"));
        Assert.DoesNotContain(await _desk.ActionsAsync(ticket, "usuario1"), a => a.Str("text").Contains(token, StringComparison.Ordinal));
        await _desk.RunJobAsync("mail-send");
        var told = Assert.Single(app.Smtp!.Messages, m => m.Subject!.Contains("Correo sin verificar", StringComparison.Ordinal)
                                                          && m.Subject.Contains(ticket.Str("code"), StringComparison.Ordinal));
        Assert.Equal("agente1@mesa.test", told.To.Mailboxes.Single().Address);
        Assert.DoesNotContain(token, told.TextBody, StringComparison.Ordinal);

        var agent = await app.As("agente1");
        var accepted = await (await agent.PostAsync($"/api/v1/tickets/{ticket.Str("id")}/actions/{held.Str("id")}/accept", null))
            .ReadObjectAsync(HttpStatusCode.OK);

        Assert.Equal("user-replied", accepted.Str("substate.code"));
        var reply = (await _desk.ActionsAsync(ticket, "usuario1")).Last()!;
        Assert.Equal(("user-reply", true), (reply.Str("kind"), (bool)reply["published"]!));
        Assert.Contains(token, reply.Str("text"), StringComparison.Ordinal);
        var history = await (await agent.GetAsync($"/api/v1/tickets/{ticket.Str("id")}/history")).ReadArrayAsync();
        Assert.Contains(history, e => e.Str("kind") == "mail-held");
        Assert.Contains(history, e => e.Str("kind") == "mail-accepted" && e.Str("actor") == "agente1");
    }

    [Fact]
    public async Task A_held_mail_an_agent_discards_changes_nothing_and_needs_a_reason()
    {
        var ticket = await _desk.AskedAsync();
        var token = NewToken();
        await DeliverAsync(Load("20-reply-outlook-es", token, ticket.Str("code")), dmarc: "fail");
        var held = (await _desk.ActionsAsync(ticket)).Last()!;
        var agent = await app.As("agente1");
        var discard = $"/api/v1/tickets/{ticket.Str("id")}/actions/{held.Str("id")}/discard";

        var refused = await (await agent.PostJsonAsync(discard, new { note = " " })).ReadObjectAsync(HttpStatusCode.Conflict);
        Assert.Equal("NoteRequired", refused.Str("rule"));

        var discarded = await (await agent.PostJsonAsync(discard, new { note = "El usuario dice que no lo escribió." }))
            .ReadObjectAsync(HttpStatusCode.OK);
        Assert.Equal("pending-user", discarded.Str("substate.code"));
        Assert.Equal("discarded-mail", (await _desk.ActionsAsync(ticket)).Last()!.Str("kind"));
        Assert.DoesNotContain(await _desk.ActionsAsync(ticket, "usuario1"), a => a.Str("text").Contains(token, StringComparison.Ordinal));

        var again = await agent.PostAsync($"/api/v1/tickets/{ticket.Str("id")}/actions/{held.Str("id")}/accept", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Only_staff_judge_a_held_mail_and_a_reason_has_its_length()
    {
        var ticket = await _desk.AskedAsync();
        await DeliverAsync(Load("20-reply-outlook-es", NewToken(), ticket.Str("code")), dmarc: "fail");
        var held = (await _desk.ActionsAsync(ticket)).Last()!;
        var requester = await app.As("usuario1");
        var path = $"/api/v1/tickets/{ticket.Str("id")}/actions/{held.Str("id")}";

        Assert.Equal(HttpStatusCode.Forbidden, (await requester.PostAsync($"{path}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await requester.PostJsonAsync($"{path}/discard", new { note = "No." })).StatusCode);
        var agent = await app.As("agente1");
        var tooLong = await (await agent.PostJsonAsync($"{path}/discard", new { note = new string('x', 5_000) }))
            .ReadObjectAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(tooLong["errors"]?["note"]);
        Assert.Equal("held-mail", (await _desk.ActionsAsync(ticket)).Last()!.Str("kind"));
    }

    [Fact]
    public async Task An_answer_to_mesas_own_mail_is_verified_without_the_servers_word()
    {
        var ticket = await _desk.RegisterAsync("usuario1", "La impresora no imprime");
        await _desk.RunJobAsync("mail-send");
        var registration = app.Smtp!.Messages.Last(m => m.Subject!.Contains(ticket.Str("code"), StringComparison.Ordinal)
                                                        && m.To.Mailboxes.Any(a => a.Address == "usuario1@mesa.test"));
        var token = NewToken();

        await DeliverAsync(Load("21-reply-gmail-threaded", token, inReplyTo: registration.MessageId!), dmarc: null);

        Assert.Equal("user-reply", (await _desk.ActionsAsync(ticket)).Last()!.Str("kind"));
    }

    [Fact]
    public async Task Answering_mail_mesa_sent_to_someone_else_verifies_nobody()
    {
        var ticket = await _desk.AssignedAsync();
        await _desk.RunJobAsync("mail-send");
        var toRequester = app.Smtp!.Messages.Last(m => m.Subject!.Contains(ticket.Str("code"), StringComparison.Ordinal)
                                                       && m.To.Mailboxes.Any(a => a.Address == "usuario1@mesa.test"));
        var token = NewToken();

        // The agent's address with the requester's mail quoted: whoever holds that mail is not shown to be the agent.
        await DeliverAsync(Load("25-reply-from-agent", token, ticket.Str("code"), inReplyTo: toRequester.MessageId!), dmarc: null);

        Assert.Equal(("held-mail", "agente1"), ((await _desk.ActionsAsync(ticket)).Last()!.Str("kind"), (await _desk.ActionsAsync(ticket)).Last()!.Str("author")));
    }

    [Fact]
    public async Task A_pass_written_by_the_sender_is_not_the_servers_word()
    {
        var ticket = await _desk.AskedAsync();
        var token = NewToken();
        var message = Load("20-reply-outlook-es", token, ticket.Str("code"));
        message.Headers.Add("Authentication-Results", $"{ImapMailbox.ReceivingServer}; dmarc=pass header.from=mesa.test");
        message.Headers.Add("Authentication-Results", "mx.otro.test; dmarc=pass header.from=mesa.test");

        await DeliverAsync(message, dmarc: "fail");
        var second = Load("20-reply-outlook-es", NewToken(), ticket.Str("code"));
        second.Headers.Add("Authentication-Results", "mx.otro.test; dmarc=pass header.from=mesa.test");
        await DeliverAsync(second, dmarc: null);

        var actions = await _desk.ActionsAsync(ticket);
        Assert.Equal(["held-mail", "held-mail"], actions.TakeLast(2).Select(a => a.Str("kind")));
    }

    [Fact]
    public async Task An_unverified_senders_copies_make_nobody_an_informed_user()
    {
        var token = NewToken();

        await DeliverAsync(Load("16-cc-informed", token), dmarc: "fail");

        var found = await (await (await app.As("agente1")).GetAsync($"/api/v1/tickets?view=all-open&q={token}"))
            .ReadObjectAsync(HttpStatusCode.OK);
        var ticket = await _desk.GetAsync(found["items"]![0]!.Str("id"));
        Assert.Equal("usuario1", ticket.Str("requester.userName"));
        Assert.Empty(ticket["informedUsers"]!.AsArray());
    }

    [Fact] // Mesa's mail carries the sender's words: how far one address may make Mesa write to others
    public async Task A_message_informs_at_most_ten_people_and_an_address_writing_in_a_loop_informs_nobody()
    {
        app.Clock.Advance(TimeSpan.FromHours(2)); // a fresh hour for the sender's limit
        var colleagues = new List<string>();
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Mesa.Core.People.User>>();
            for (var i = 0; i < 12; i++)
            {
                var name = $"colega{Guid.NewGuid():N}"[..14];
                Assert.True((await users.CreateAsync(new Mesa.Core.People.User { UserName = name, Email = $"{name}@mesa.test", DisplayName = name })).Succeeded);
                colleagues.Add(name);
            }
        }

        async Task<string> CopyingAsync(int n, IEnumerable<string> names)
        {
            var token = NewToken();
            var message = Load("01-plain-utf8", token);
            message.MessageId = $"{token}.{n}@entidad.gov.co";
            foreach (var name in names) message.Cc.Add(new MailboxAddress(name, $"{name}@mesa.test"));
            await Soporte.AppendAsync(message);
            return token;
        }

        var first = await CopyingAsync(1, colleagues);
        var more = new List<string>();
        for (var n = 2; n <= 6; n++) more.Add(await CopyingAsync(n, colleagues.Take(1)));
        await _desk.RunJobAsync("mail-fetch");

        Assert.Equal(10, (await InformedAsync(first)).Count);
        Assert.Single(await InformedAsync(more[3]));
        Assert.Empty(await InformedAsync(more[4])); // the sixth message of the hour from one address
    }

    [Fact]
    public async Task In_the_console_an_agent_sees_a_held_mail_and_discards_it_with_a_reason()
    {
        var ticket = await _desk.AskedAsync();
        await DeliverAsync(Load("20-reply-outlook-es", NewToken(), ticket.Str("code")), dmarc: "fail");
        var held = (await _desk.ActionsAsync(ticket)).Last()!;
        using var browser = app.Browser();
        await browser.SignInAsync("agente1");
        var tab = $"/agent/tickets/{ticket.Str("id")}?tab=investigation";
        var page = await browser.GetStringAsync(tab);
        var version = VersionField().Match(page).Groups[1].Value;
        Assert.Contains("Correo sin verificar", page, StringComparison.Ordinal);
        Assert.Contains("Aceptar como suyo", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string> { ["Version"] = version, ["HeldMail.ActionId"] = held.Str("id"), ["HeldMail.Note"] = "" };
        var refused = await browser.PostFromAsync(tab, $"/agent/tickets/{ticket.Str("id")}?handler=DiscardMail&tab=investigation", fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("form-errors", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        fields["HeldMail.Note"] = "No lo escribió el usuario.";
        var done = await browser.PostFromAsync(tab, $"/agent/tickets/{ticket.Str("id")}?handler=DiscardMail&tab=investigation", fields);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("discarded-mail", (await _desk.ActionsAsync(ticket)).Last()!.Str("kind"));
    }

    private async Task<JsonArray> InformedAsync(string token)
    {
        var found = await (await (await app.As("agente1")).GetAsync($"/api/v1/tickets?view=all-open&q={token}"))
            .ReadObjectAsync(HttpStatusCode.OK);
        return (await _desk.GetAsync(found["items"]![0]!.Str("id")))["informedUsers"]!.AsArray();
    }

    private async Task DeliverAsync(MimeMessage message, string? dmarc)
    {
        await Soporte.AppendAsync(message, dmarc: dmarc);
        await _desk.RunJobAsync("mail-fetch");
    }

    [System.Text.RegularExpressions.GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial System.Text.RegularExpressions.Regex VersionField();

}

public sealed class ForgedSenderOnSqlite(MailInSqliteApp app) : ForgedSenderTests(app), IClassFixture<MailInSqliteApp>;

public sealed class ForgedSenderOnPostgres(MailInPostgresApp app) : ForgedSenderTests(app), IClassFixture<MailInPostgresApp>;
