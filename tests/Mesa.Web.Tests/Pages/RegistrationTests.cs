using System.Net;
using System.Text.RegularExpressions;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Pages;

/// <summary>External people open their own account, confirmed by a link sent to their address.</summary>
public abstract partial class RegistrationTests(MesaApp app)
{
    private const string Password = "Ciudadana-2026";

    [Fact]
    public async Task A_citizen_registers_confirms_the_address_and_then_signs_in()
    {
        var address = $"ciudadana.{Guid.NewGuid():N}@correo.test";
        using var browser = app.Browser();
        var sent = await Register(browser, "Lucía Pérez Gómez", address, Password, Password);
        Assert.Contains($"Le enviamos un correo a {address}", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.AccountMailSentAsync(); // the account is opened in the background, with its mail

        var refused = await browser.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Input.UserName"] = address,
            ["Input.Password"] = Password,
        });
        Assert.Contains("confírmela primero", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mail = app.Smtp!.Messages.Last(m => m.To.Mailboxes.Any(a => a.Address == address));
        Assert.Equal("Confirme su cuenta en la Mesa de Servicio", mail.Subject);
        var link = new Uri(ConfirmLink().Match(mail.TextBody!).Value);
        Assert.Contains("Confirmar mi cuenta", await browser.GetStringAsync(link.PathAndQuery), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var confirmed = await browser.PostFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["user"] = query["user"]!,
            ["Token"] = query["token"]!,
        });
        Assert.Contains("Su cuenta quedó confirmada", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await browser.SignInAsync(address, Password);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/portal/tickets/new")).StatusCode);
    }

    [Fact] // The page does not tell which addresses have an account; their owner hears of it by mail
    public async Task An_address_that_has_an_account_gets_the_same_answer_and_its_owner_a_mail()
    {
        using var browser = app.Browser();
        await app.AccountMailSentAsync(); // what earlier tests asked for has left
        var before = app.Smtp!.Messages.Count;

        var sent = await Register(browser, "Otra Persona", "usuario1@mesa.test", Password, Password);

        Assert.Contains("Le enviamos un correo a usuario1@mesa.test", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.AccountMailSentAsync();
        var mail = Assert.Single(app.Smtp.Messages.Skip(before));
        Assert.Contains("ya tiene una", mail.TextBody, StringComparison.Ordinal);
        await app.Browser().SignInAsync("usuario1"); // the account is as it was
    }

    [Fact] // A weak password is refused alike whether the address has an account or not: the answer tells nobody's
    public async Task A_weak_password_gets_the_same_answer_for_an_address_with_an_account_and_one_without()
    {
        using var browser = app.Browser();

        var known = await (await Register(browser, "Otra Persona", "usuario2@mesa.test", "corta", "corta")).Content.ReadAsStringAsync();
        var unknown = await (await Register(browser, "Otra Persona", $"nueva{Guid.NewGuid():N}@externo.test", "corta", "corta"))
            .Content.ReadAsStringAsync();

        Assert.Equal(Errors(known), Errors(unknown));
        Assert.Contains("La clave debe tener al menos 10 caracteres.", Errors(known));
        Assert.DoesNotContain("Le enviamos un correo", known, StringComparison.Ordinal);
    }

    private static List<string> Errors(string page) =>
        System.Text.RegularExpressions.Regex.Matches(page, "id=\"[a-z]+-error\" class=\"field-error[^\"]*\"[^>]*>([^<]+)<")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    [Fact] // Bad input is answered beside its field and creates nothing
    public async Task Bad_input_is_refused_beside_each_field_and_sends_nothing()
    {
        using var browser = app.Browser();
        await app.AccountMailSentAsync(); // what earlier tests asked for has left
        var before = app.Smtp!.Messages.Count;

        var page = await (await Register(browser, "", "no-es-un-correo", Password, "Otra-Clave-2026")).Content.ReadAsStringAsync();

        Assert.Contains("Escriba su nombre.", page, StringComparison.Ordinal);
        Assert.Contains("Escriba una dirección de correo válida", page, StringComparison.Ordinal);
        Assert.Contains("no coinciden", page, StringComparison.Ordinal);
        await app.AccountMailSentAsync();
        Assert.Equal(before, app.Smtp.Messages.Count);
    }

    private static Task<HttpResponseMessage> Register(HttpClient browser, string name, string email, string password,
        string confirm) => browser.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.Confirm"] = confirm,
        });

    [GeneratedRegex(@"http://\S+/account/confirm-email\?\S+")]
    private static partial Regex ConfirmLink();
}

public sealed class RegistrationOnSqlite(MailSqliteApp app) : RegistrationTests(app), IClassFixture<MailSqliteApp>;

public sealed class RegistrationOnPostgres(MailPostgresApp app) : RegistrationTests(app), IClassFixture<MailPostgresApp>;

/// <summary>Self-registration switched off: no page, no link.</summary>
public sealed class RegistrationSwitchedOff(NoSelfRegistrationApp app) : IClassFixture<NoSelfRegistrationApp>
{
    [Fact]
    public async Task The_page_is_gone_and_the_sign_in_page_does_not_offer_it()
    {
        using var browser = app.Browser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/account/register")).StatusCode);
        Assert.DoesNotContain("/account/register", await browser.GetStringAsync("/account/sign-in"), StringComparison.Ordinal);
    }
}
