using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>Guía §8 "¿Ha olvidado su clave?": an e-mailed, single-use link that expires.</summary>
public abstract partial class PasswordResetTests(MesaApp app)
{
    private const string NewPassword = "Clave-Nueva-2026";

    [Fact]
    public async Task A_person_resets_the_password_by_the_emailed_link_which_then_stops_working()
    {
        using var browser = app.Browser();
        var asked = await browser.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["UserName"] = "usuario2" });
        Assert.Contains("le enviamos un enlace", await asked.Content.ReadAsStringAsync());

        await app.AccountMailSentAsync();
        var mail = Assert.Single(app.Smtp!.Messages, m => m.To.Mailboxes.Any(a => a.Address == "usuario2@mesa.test")
            && m.Subject == "Restablecer su clave de acceso");
        var link = new Uri(ResetLink().Match(mail.TextBody!).Value);
        var reset = link.PathAndQuery;

        var changed = await browser.PostFormAsync(reset, new Dictionary<string, string>
        {
            ["Password"] = NewPassword,
            ["Confirm"] = NewPassword,
            ["Token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!,
            ["user"] = System.Web.HttpUtility.ParseQueryString(link.Query)["user"]!,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await app.Browser().SignInAsync("usuario2", NewPassword);

        var again = await browser.PostFormAsync(reset, new Dictionary<string, string>
        {
            ["Password"] = "Otra-Clave-2026",
            ["Confirm"] = "Otra-Clave-2026",
            ["Token"] = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!,
            ["user"] = System.Web.HttpUtility.ParseQueryString(link.Query)["user"]!,
        });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("El enlace no es válido o ya venció o se usó.", await again.Content.ReadAsStringAsync());
    }

    [Fact] // Mesa cannot be used to fill someone's mailbox: five account e-mails an hour to one address, whoever asks
    public async Task An_address_gets_at_most_five_account_mails_an_hour()
    {
        using var browser = app.Browser();
        app.Clock.Advance(TimeSpan.FromHours(2)); // a fresh hour
        await app.AccountMailSentAsync(); // what earlier tests asked for has left
        var before = app.Smtp!.Messages.Count(m => m.To.Mailboxes.Any(a => a.Address == "usuario1@mesa.test"));

        for (var i = 0; i < 7; i++)
            await browser.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["UserName"] = "usuario1" });
        await app.AccountMailSentAsync();

        Assert.Equal(before + 5, app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(a => a.Address == "usuario1@mesa.test")));
        app.Clock.Advance(TimeSpan.FromHours(1));
        await browser.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["UserName"] = "usuario1" });
        await app.AccountMailSentAsync();
        Assert.Equal(before + 6, app.Smtp.Messages.Count(m => m.To.Mailboxes.Any(a => a.Address == "usuario1@mesa.test")));
    }

    [Fact] // The page does not tell which accounts exist
    public async Task An_unknown_account_gets_the_same_answer_and_no_mail()
    {
        using var browser = app.Browser();
        await app.AccountMailSentAsync(); // what earlier tests asked for has left
        var before = app.Smtp!.Messages.Count;

        var asked = await browser.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["UserName"] = "nadie.existe" });

        Assert.Contains("le enviamos un enlace", await asked.Content.ReadAsStringAsync());
        await app.AccountMailSentAsync();
        Assert.Equal(before, app.Smtp.Messages.Count);
    }

    [Fact] // Bad input is answered in Spanish beside the field, and changes nothing
    public async Task Two_different_passwords_are_refused_in_spanish_beside_the_field()
    {
        using var browser = app.Browser();
        var response = await browser.PostFormAsync("/account/reset-password?user=1&token=x", new Dictionary<string, string>
        {
            ["Password"] = "corta",
            ["Confirm"] = "otra",
        });

        Assert.Contains("Las dos claves no coinciden.", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"http://mesa\.test/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}

public sealed class PasswordResetOnSqlite(MailSqliteApp app) : PasswordResetTests(app), IClassFixture<MailSqliteApp>;

public sealed class PasswordResetOnPostgres(MailPostgresApp app) : PasswordResetTests(app), IClassFixture<MailPostgresApp>;
