using Mesa.E2E.Tests.Support;
using Microsoft.Playwright;

namespace Mesa.E2E.Tests;

/// <summary>
/// In the browser (Guía §14): *Nuevo registro* keeps a draft while the agent writes, a reload takes it up again, and
/// *Borrar* discards it — the page audited with its draft.
/// </summary>
public abstract class DraftTests(MesaServer mesa)
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
}

public sealed class DraftTestsOnSqlite(SqliteServer mesa) : DraftTests(mesa), IClassFixture<SqliteServer>;

public sealed class DraftTestsOnPostgres(PostgresServer mesa) : DraftTests(mesa), IClassFixture<PostgresServer>;
