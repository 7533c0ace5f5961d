using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Mesa.Web.Tests.Support;

namespace Mesa.Web.Tests.Api;

/// <summary>
/// The catalogue, groups, members and rules from CSV files (UTF-8, Spanish headers), with a dry run
/// that reports every bad row and changes nothing when any row is bad.
/// </summary>
public abstract class ImportTests(MesaApp app)
{
    private readonly Desk _desk = new(app);

    private async Task<(HttpStatusCode Status, JsonObject Body)> ImportAsync(string kind, string csv, bool dryRun = false,
        Encoding? encoding = null)
    {
        var admin = await app.As("admin");
        var bytes = (encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)).GetPreamble()
            .Concat((encoding ?? Encoding.UTF8).GetBytes(csv)).ToArray();
        var response = await admin.PostAsync($"/api/v1/admin/import/{kind}?dryRun={dryRun.ToString().ToLowerInvariant()}",
            new ByteArrayContent(bytes));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private async Task<List<string>> NamesAsync(string url)
    {
        var admin = await app.As("admin");
        return (await (await admin.GetAsync(url)).ReadArrayAsync()).Select(n => n.Str("name")).ToList();
    }

    [Fact]
    public async Task A_kind_of_file_mesa_does_not_import_is_not_found()
    {
        var (status, body) = await ImportAsync("usuarios", "Nombre\nAna\n");

        Assert.Equal((HttpStatusCode.NotFound, 404), (status, (int)body["status"]!));
    }

    [Fact] // A new desk set up from its spreadsheets; the imported rule places the next ticket (Guía §7)
    public async Task A_desk_is_set_up_from_csv_files_and_routes_by_the_imported_rule()
    {
        var files = new (string Kind, string Csv)[]
        {
            ("services", "Servicio;Tipo de servicio;ANS\nGestión Documental;Sistemas de información;SLA TI - 24 HORAS\n"),
            ("categories", "Servicio;Categoria\nGestión Documental;/ORFEO/Radicación\nGestión Documental;/ORFEO/Consultas\n"),
            ("locations", "Localización\n/Sede Central/Piso 5\n"),
            ("groups", "Grupo;Línea;Modo\nGrupo ORFEO;Segunda;Menor carga\n"),
            ("members", "Grupo;Usuario;Rol\nGrupo ORFEO;agente2;Miembro\nGrupo ORFEO;supervisor1;Supervisor\n"),
            ("rules", "Regla;Grupo;Tipo;Servicio;Categoría\nORFEO: radicación;Grupo ORFEO;Petición;Gestión Documental;/ORFEO/Radicación\n"),
        };

        foreach (var (kind, csv) in files)
        {
            var (status, report) = await ImportAsync(kind, csv);
            Assert.True(status == HttpStatusCode.OK, $"{kind}: {report}");
            Assert.True((bool)report["applied"]!);
        }

        var user = await app.As("usuario1");
        var ticket = await (await user.PostJsonAsync("/api/v1/tickets", new
        {
            type = "request",
            title = "No puedo radicar",
            description = "El botón no responde.",
            service = "Gestión Documental",
            category = "/ORFEO/Radicación",
        })).ReadObjectAsync(HttpStatusCode.Created);
        await _desk.RunJobAsync("auto-assign");

        var placed = await _desk.GetAsync(ticket.Str("id"));
        Assert.Equal(("Grupo ORFEO", "agente2"), (placed.Str("group"), placed.Str("agent")));
    }

    [Fact]
    public async Task A_dry_run_of_a_good_file_reports_the_rows_and_changes_nothing()
    {
        var (status, report) = await ImportAsync("services", "Servicio,Tipo de servicio\nEnsayo Uno,Ensayo\nEnsayo Dos,Ensayo\n",
            dryRun: true);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal((2, true, false), ((int)report["rows"]!, (bool)report["dryRun"]!, (bool)report["applied"]!));
        Assert.DoesNotContain("Ensayo Uno", await NamesAsync("/api/v1/admin/services"));
        Assert.DoesNotContain("Ensayo", await NamesAsync("/api/v1/admin/service-types"));
    }

    [Fact] // Every bad row is reported, with its line and column, and the good rows are not kept either
    public async Task A_file_with_bad_rows_lists_every_one_and_changes_nothing()
    {
        const string csv = "Grupo;Línea;Modo\n"
                           + "Grupo Bueno;1;Rotación\n"      // line 2: fine
                           + "Grupo Malo;Tercera;\n"         // line 3: no third line
                           + "Grupo Raro;2;Aleatorio\n"      // line 4: unknown mode
                           + ";2;\n"                         // line 5: no name
                           + "Grupo Bueno;2;Solo grupo\n";   // line 6: fine (updates line 2)

        var (status, problem) = await ImportAsync("groups", csv);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var errors = problem["report"]!["errors"]!.AsArray();
        Assert.Equal([(3, "Línea"), (4, "Modo"), (5, "Grupo")],
            errors.Select(e => ((int)e!["line"]!, e.Str("column"))));
        Assert.Contains("Tercera", errors[0].Str("message"));
        Assert.Contains("no se cambió nada", problem.Str("detail"));
        Assert.DoesNotContain("Grupo Bueno", await NamesAsync("/api/v1/admin/groups"));
    }

    [Fact] // Rows that break the domain's rules: a member who is not an agent, a rule to a group that does not exist
    public async Task Rows_that_break_a_rule_of_the_domain_are_reported_in_spanish()
    {
        var (_, members) = await ImportAsync("members", "Grupo;Usuario\nMesa de Servicio;usuario1\nNo existe;agente1\n", dryRun: true);
        var (_, rules) = await ImportAsync("rules", "Regla;Grupo;Servicio\nMala;Mesa de Servicio;Servicio fantasma\n", dryRun: true);

        var memberErrors = members["report"]!["errors"]!.AsArray();
        Assert.Contains("no es agente", memberErrors[0].Str("message"));
        Assert.Equal((3, "Grupo"), ((int)memberErrors[1]!["line"]!, memberErrors[1].Str("column")));
        Assert.Contains("Servicio fantasma", rules["report"]!["errors"]![0].Str("message"));
    }

    [Fact] // Excel's plain "CSV" on a Spanish Windows is Windows-1252, not UTF-8: read as it is
    public async Task A_windows_1252_file_is_read_with_its_accents()
    {
        var (status, _) = await ImportAsync("locations", "Localización\n/Bogotá Señorial\n",
            encoding: CodePagesEncodingProvider.Instance.GetEncoding(1252));

        Assert.Equal(HttpStatusCode.OK, status);
        var admin = await app.As("admin");
        var locations = await (await admin.GetAsync("/api/v1/admin/locations")).ReadArrayAsync();
        Assert.Contains(locations, l => l.Str("path") == "/Bogotá Señorial");
    }

    [Fact] // What a spreadsheet gets wrong as a whole: a column
    public async Task A_file_with_an_unknown_or_missing_column_is_refused_whole()
    {
        var (unknownStatus, unknown) = await ImportAsync("locations", "Localización;Ciudad\n/Bogotá;Bogotá\n");
        var (_, missing) = await ImportAsync("categories", "Servicio\nSoporte Técnico\n");

        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus);
        Assert.Contains("«Ciudad»", unknown["report"]!["errors"]![0].Str("message"));
        Assert.Contains("«Categoría»", missing["report"]!["errors"]![0].Str("message"));
    }

    [Fact] // Importing the same file twice updates, never duplicates
    public async Task Importing_the_same_file_again_changes_nothing_twice()
    {
        const string csv = "Regla;Grupo;Tipo\nIncidencias a soporte;Soporte Técnico;Incidencia\n";

        await ImportAsync("rules", csv);
        var (status, _) = await ImportAsync("rules", csv);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(await NamesAsync("/api/v1/admin/assignment-rules"), n => n == "Incidencias a soporte");
    }
}

public sealed class ImportOnSqlite(SqliteApp app) : ImportTests(app), IClassFixture<SqliteApp>;

public sealed class ImportOnPostgres(PostgresApp app) : ImportTests(app), IClassFixture<PostgresApp>;
