using System.Text.RegularExpressions;
using Mesa.E2E.Tests.Support;
using Mesa.Web.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// Guía §8 "Acceso integrado Windows" in a real browser: a Chromium that holds a Kerberos ticket from the realm's KDC
/// (the person signed in to Windows) and trusts Mesa's address enters with one click and no password; any other
/// browser is told why and led to the form.
/// </summary>
public abstract class WindowsSignInTests(MesaServer mesa, TestDirectory directory)
{
    private const string NetworkPassword = "Clave-de-Red-2026";

    [Fact] // Guía §8: staff, from their work computer, enter with their Windows session
    public async Task A_person_signed_in_to_windows_enters_with_one_click_and_no_password()
    {
        directory.AddPerson("ana", "Ana Directorio", NetworkPassword, "Sistemas", null, "agentes", "mesa-de-servicio");
        var cache = await TestKerberos.TicketCacheAsync("ana");
        var profile = Path.Combine(Path.GetTempPath(), $"mesa-e2e-profile-{Guid.NewGuid():N}");
        var page = await WindowsSignIn.PageAsync(mesa, cache, profile);
        try
        {
            // A Chromium just started answers its very first Negotiate challenge only after its network service has
            // the allow-list ("Unable to create AuthHandler" in its log): the page's "try again" is for that moment.
            await page.GotoAsync("/account/windows");
            await page.GotoAsync("/account/sign-in");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Acceso integrado Windows" })).ToBeVisibleAsync();
            await page.AuditAsync("16-sign-in-windows");

            await page.GetByRole(AriaRole.Button, new() { Name = "Entrar con Windows" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agent"));
            await Assertions.Expect(page.GetByText("Ana Directorio")).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
            File.Delete(cache);
            Directory.Delete(profile, recursive: true);
            directory.Remove("ana");
        }
    }

    [Fact] // Guía §8: outside the building (no ticket, or a browser that does not trust Mesa) the form is the way in
    public async Task A_browser_without_a_windows_ticket_is_told_why_and_led_to_the_form()
    {
        directory.AddPerson("beto", "Beto Directorio", NetworkPassword, "Contratos");
        try
        {
            var page = await mesa.NewPageAsync();
            await page.GotoAsync("/account/sign-in");

            await page.GetByRole(AriaRole.Button, new() { Name = "Entrar con Windows" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no inició sesión con su cuenta de Windows");
            await page.AuditAsync("16b-windows-without-ticket");
            await page.GetByRole(AriaRole.Link, new() { Name = "Ir al formulario de acceso" }).ClickAsync();
            await page.SignInAsync("MESA\\beto", NetworkPassword);
            await Assertions.Expect(page.GetByText("Beto Directorio")).ToBeVisibleAsync();
        }
        finally
        {
            directory.Remove("beto");
        }
    }
}

public sealed class WindowsSignInTestsOnSqlite(WindowsSqliteServer mesa)
    : WindowsSignInTests(mesa, mesa.Directory), IClassFixture<WindowsSqliteServer>;

public sealed class WindowsSignInTestsOnPostgres(WindowsPostgresServer mesa)
    : WindowsSignInTests(mesa, mesa.Directory), IClassFixture<WindowsPostgresServer>;
