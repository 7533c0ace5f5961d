using System.Net.Http.Json;
using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// In the browser (Guía §11 *Nuevo registro*, §14): the form keeps a draft while the agent writes, a reload takes it up
/// again, and *Borrar* discards it; it asks for the custom fields (§14.5) that apply to what is chosen, and only those.
/// </summary>
public abstract class NewRegistrationTests(MesaServer mesa)
{
    [Fact]
    public async Task A_registration_is_kept_as_a_draft_while_written_and_borrar_discards_it()
    {
        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync("/agent/tickets/new");

        await page.Locator("#Input_Title").FillAsync("Acceso a la carpeta de contratos");
        await page.Locator("#Input_Description").FillAsync("Llamó a la mesa: necesita acceso.");
        await Assertions.Expect(page.Locator("[data-draft-status]")).ToContainTextAsync("Borrador guardado a las");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"draft=\d+"));

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveValueAsync("Acceso a la carpeta de contratos");
        await Assertions.Expect(page.Locator("[data-draft-status]")).ToContainTextAsync("Este registro es un borrador");
        await page.AuditAsync("110-new-draft");

        await page.GetByRole(AriaRole.Button, new() { Name = "Borrar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Registro borrado.");
        await Assertions.Expect(page.Locator("#Input_Title")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("details.drafts")).ToHaveCountAsync(0);
    }

    [Fact] // Guía §14.5: a custom field appears once the classification it applies to is chosen
    public async Task The_form_asks_for_a_custom_field_once_its_category_is_chosen_and_the_ticket_keeps_it()
    {
        using (var admin = mesa.Api("admin"))
        {
            var created = await admin.PostAsJsonAsync("/api/v1/admin/custom-fields", new
            {
                name = "vpn-motivo",
                label = "Motivo del acceso",
                kind = "text",
                required = true,
                categories = new[] { "/Redes/VPN" },
                help = "Para qué necesita la VPN.",
            });
            created.EnsureSuccessStatusCode();
        }

        var page = await mesa.NewPageAsync();
        await page.SignInAsync("agente1");
        await page.GotoAsync("/agent/tickets/new");
        var field = page.Locator("[data-custom-field='vpn-motivo']");
        await Assertions.Expect(field).ToBeHiddenAsync();

        await page.Locator("#Input_Requester").FillAsync("usuario1");
        await page.Locator("#Input_Title").FillAsync("Acceso VPN para trabajo en casa");
        await page.Locator("#Input_Description").FillAsync("Llamó a la mesa: trabaja desde casa los viernes.");
        await page.Locator("#Input_Classification").SelectOptionAsync("Soporte Técnico::/Redes/VPN");
        await Assertions.Expect(field).ToBeVisibleAsync();
        await page.GetByLabel("Motivo del acceso").FillAsync("Teletrabajo los viernes");
        await page.AuditAsync("111-new-custom-field");
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrar", Exact = true }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/agent/tickets/\d+$"));
        await page.GotoAsync(page.Url + "?tab=additional");
        await Assertions.Expect(page.Locator("#fields-heading + dl")).ToContainTextAsync("Teletrabajo los viernes");
    }
}

public sealed class NewRegistrationOnSqlite(SqliteServer mesa) : NewRegistrationTests(mesa), IClassFixture<SqliteServer>;

public sealed class NewRegistrationOnPostgres(PostgresServer mesa) : NewRegistrationTests(mesa), IClassFixture<PostgresServer>;
