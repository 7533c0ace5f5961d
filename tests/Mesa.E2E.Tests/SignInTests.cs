using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>Guía §8 and §16: signing in and out, lockout, the keyboard alone, a phone, English, and the help pages.</summary>
public abstract class SignInTests(MesaServer mesa)
{
    [Fact] // Guía §8: a wrong password says so without telling which part was wrong; five failures lock the account
    public async Task Repeated_wrong_passwords_lock_the_account_with_a_clear_message()
    {
        var page = await mesa.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.AuditAsync("10-sign-in");
        await page.SignInAsync("agente3", "no-es-la-clave");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no son correctos");
        for (var i = 0; i < 4; i++) await page.SignInAsync("agente3", "no-es-la-clave");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("bloqueada tras 5 intentos");

        // Even the right password waits for the lockout to end.
        await page.SignInAsync("agente3");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("bloqueada");
    }

    [Fact] // Guía §8: "¿Ha olvidado su clave?" is one link away from the sign-in, and its pages pass axe
    public async Task The_forgotten_password_pages_are_reachable_and_accessible()
    {
        var page = await mesa.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "¿Ha olvidado su clave?" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("¿Ha olvidado su clave?");
        await page.AuditAsync("14-forgot-password");
        await page.GotoAsync("/account/reset-password?user=1&token=x");
        await page.AuditAsync("15-reset-password");

        // Sign-in by a link received by e-mail, one link away too.
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ingresar sin contraseña (enlace por correo)" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ingresar con un enlace por correo");
        await page.AuditAsync("15b-sign-in-link");
        await page.GotoAsync("/account/link?token=no-existe");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("ya se usó o venció");
        await page.AuditAsync("15c-sign-in-link-used");
        await page.GotoAsync("/portal/confirm?answer=correct&t=no-existe");
        await page.AuditAsync("15d-confirm-link-invalid");
    }

    [Fact] // Guía §16: "Salir" from any page ends the session
    public async Task Signing_out_ends_the_session()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("supervisor1");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bajo mi supervisión" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Salir" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ha salido");
        await page.GotoAsync("/agent");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    [Fact] // WCAG 2.1.1: the whole sign-in and the way to the list work with the keyboard alone
    public async Task An_agent_signs_in_and_reaches_the_list_with_the_keyboard_alone()
    {
        var page = await mesa.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.Keyboard.PressAsync("Tab"); // the skip link comes first
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Saltar al contenido" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await TabUntilFocusedAsync(page, page.GetByLabel("Nombre de usuario"));
        await page.Keyboard.TypeAsync("agente1");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(MesaServer.Password);
        await page.Keyboard.PressAsync("Enter");
        // The skip link's #main travels with the redirect, as browsers keep a fragment the Location does not set.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agent(#main)?$"));

        // From the panel's content the navigation is behind: Shift+Tab goes back to it, as a keyboard user does.
        await TabUntilFocusedAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Incidencias / Peticiones en curso" }), "Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agent/tickets$"));
    }

    [Fact] // A second factor: set up from "Mi cuenta" with the app's QR code, then asked at every password sign-in
    public async Task A_person_sets_up_an_authenticator_app_and_signs_in_with_its_code()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("usuario2");
        await page.GetByRole(AriaRole.Link, new() { Name = "mi cuenta y seguridad" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Configurar el segundo factor" }).ClickAsync();
        var qr = page.GetByRole(AriaRole.Img, new() { Name = "Código QR con la clave de Mesa" });
        await Assertions.Expect(qr).ToBeVisibleAsync();
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"), "the QR code did not load");
        await page.AuditAsync("17-second-factor-set-up");
        var key = OtpNet.Base32Encoding.ToBytes((await page.Locator("code.key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal));
        await page.GetByLabel("Código que muestra la aplicación").FillAsync(Mesa.Core.People.Security.Authenticator.CodeAt(key, TimeProvider.System.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Activar el segundo factor" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sus códigos de recuperación" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await page.AuditAsync("18-recovery-codes");

        await page.GetByRole(AriaRole.Button, new() { Name = "Salir" }).ClickAsync();
        await page.SignInAsync("usuario2");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/second-factor"));
        await page.AuditAsync("19-second-factor-code");
        // The next step's code: the one used to set it up is spent.
        await page.GetByLabel("Código de la aplicación o de recuperación").FillAsync(
            Mesa.Core.People.Security.Authenticator.CodeAt(key, TimeProvider.System.GetUtcNow().AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verificar" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/portal$"));
    }

    [Fact] // A phone: the panel fits the screen and passes axe
    public async Task The_panel_fits_a_phone_screen()
    {
        var page = await mesa.NewPageAsync(width: 390, height: 844);
        await page.SignInAsync("agente2");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the panel scrolls sideways on a phone");
        await page.AuditAsync("11-panel-phone");
    }

    [Fact] // English is the second UI language
    public async Task The_console_speaks_english_when_chosen()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GetByLabel("Idioma").SelectOptionAsync("en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cambiar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Home panel", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.AuditAsync("12-panel-english");
    }

    [Theory] // Guía §11: every page links to a help page that explains it
    [InlineData("sign-in")]
    [InlineData("panel")]
    [InlineData("list")]
    [InlineData("ticket")]
    [InlineData("new")]
    [InlineData("admin")]
    [InlineData("portal")]
    public async Task Every_help_page_explains_its_page(string topic)
    {
        var page = await mesa.NewPageAsync();
        await page.GotoAsync($"/help/{topic}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Ayuda");
        await page.AuditAsync($"13-help-{topic}");
    }

    private static async Task TabUntilFocusedAsync(IPage page, ILocator target, string key = "Tab")
    {
        for (var i = 0; i < 100; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement")) return;
            await page.Keyboard.PressAsync(key);
        }

        Assert.Fail("the element was never reached with Tab");
    }
}

public sealed class SignInTestsOnSqlite(SqliteServer mesa) : SignInTests(mesa), IClassFixture<SqliteServer>;

public sealed class SignInTestsOnPostgres(PostgresServer mesa) : SignInTests(mesa), IClassFixture<PostgresServer>;
