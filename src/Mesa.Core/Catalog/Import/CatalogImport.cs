using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Catalog.Import;

/// <summary>
/// Services, categories, locations, groups, members and rules from CSV files with Spanish headers.
/// Every row goes through the same administration methods as the admin pages, inside one transaction with a
/// savepoint per row, so that every bad row is reported (including one that only fails because of an earlier row)
/// and nothing is kept when any row is bad or when it is a dry run. Existing names are updated, not duplicated, so a
/// file can be imported again.
/// </summary>
public sealed class CatalogImport(MesaDbContext db, CatalogAdministration catalog, RoutingAdministration routing)
{
    private const string Servicio = "Servicio";
    private const string TipoDeServicio = "Tipo de servicio";
    private const string Ans = "ANS";
    private const string Activo = "Activo";
    private const string Categoria = "Categoría";
    private const string Localizacion = "Localización";
    private const string Grupo = "Grupo";
    private const string Linea = "Línea";
    private const string Modo = "Modo";
    private const string Usuario = "Usuario";
    private const string Rol = "Rol";
    private const string Regla = "Regla";
    private const string Tipo = "Tipo";

    /// <summary>The columns of each file: the required ones first, then the optional ones.</summary>
    public static IReadOnlyDictionary<ImportKind, (string[] Required, string[] Optional)> Columns { get; } =
        new Dictionary<ImportKind, (string[], string[])>
        {
            [ImportKind.Services] = ([Servicio], [TipoDeServicio, Ans, Activo]),
            [ImportKind.Categories] = ([Servicio, Categoria], [Ans]),
            [ImportKind.Locations] = ([Localizacion], []),
            [ImportKind.Groups] = ([Grupo, Linea], [Modo, Activo]),
            [ImportKind.Members] = ([Grupo, Usuario], [Rol]),
            [ImportKind.Rules] = ([Regla, Grupo], [Tipo, TipoDeServicio, Servicio, Categoria, Localizacion, Activo]),
        };

    public async Task<ImportReport> RunAsync(ImportKind kind, byte[] content, bool dryRun, CancellationToken ct)
    {
        var (required, optional) = Columns[kind];
        ImportFile file;
        try
        {
            file = ImportFile.Read(content, required, optional);
        }
        catch (InputException error)
        {
            return new ImportReport(kind, 0, dryRun, false, [new ImportError(1, null, error.Rule, error.Arguments)]);
        }

        var errors = new List<ImportError>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (line, fields) in file.Rows)
        {
            await transaction.CreateSavepointAsync("fila", ct);
            try
            {
                await ApplyAsync(kind, file, fields, ct);
                await transaction.ReleaseSavepointAsync("fila", ct);
            }
            catch (Exception error) when (error is InputException or NotFoundException or DomainException or DbUpdateException)
            {
                errors.Add(ErrorOf(kind, line, error));
                await transaction.RollbackToSavepointAsync("fila", ct);
                db.ChangeTracker.Clear();
            }
        }

        var apply = !dryRun && errors.Count == 0;
        if (apply) await transaction.CommitAsync(ct);
        else await transaction.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportReport(kind, file.Rows.Count, dryRun, apply, errors);
    }

    private async Task ApplyAsync(ImportKind kind, ImportFile file, string[] row, CancellationToken ct)
    {
        string? V(string column) => file.Value(row, column);
        string Required(string column) => V(column) ?? throw new InputException(column, Rules.Required);

        switch (kind)
        {
            case ImportKind.Services:
                {
                    var name = Required(Servicio);
                    var type = V(TipoDeServicio);
                    if (type is not null && !await db.ServiceTypes.AnyAsync(t => t.Name == type, ct))
                        await catalog.SaveServiceTypeAsync(null, type, true, ct);
                    var id = await db.Services.Where(s => s.Name == name).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct);
                    await catalog.SaveServiceAsync(id, new(name, type, V(Ans), ImportValues.Active(Activo, V(Activo))), ct);
                    break;
                }

            case ImportKind.Categories:
                {
                    var name = Required(Servicio);
                    var id = await db.Services.Where(s => s.Name == name).Select(s => (long?)s.Id).SingleOrDefaultAsync(ct)
                        ?? throw new InputException(Servicio, Rules.UnknownService, name);
                    await catalog.AddCategoryAsync(id, Required(Categoria), V(Ans), ct);
                    break;
                }

            case ImportKind.Locations:
                await catalog.AddLocationAsync(Required(Localizacion), ct);
                break;

            case ImportKind.Groups:
                {
                    var name = Required(Grupo);
                    var id = await db.Groups.Where(g => g.Name == name).Select(g => (long?)g.Id).SingleOrDefaultAsync(ct);
                    var current = id is { } key ? await routing.GroupAsync(key, ct) : null;
                    await routing.SaveGroupAsync(id, new(name, ImportValues.Tier(Linea, V(Linea)), ImportValues.Mode(Modo, V(Modo)),
                        ImportValues.Active(Activo, V(Activo)),
                        current?.Members.Select(p => p.UserName).ToList() ?? [],
                        current?.Supervisors.Select(p => p.UserName).ToList() ?? []), ct);
                    break;
                }

            case ImportKind.Members:
                await routing.AddToGroupAsync(Required(Grupo), Required(Usuario), ImportValues.Role(Rol, V(Rol)), ct);
                break;

            case ImportKind.Rules:
                {
                    var name = Required(Regla);
                    await routing.SaveRuleAsync(await routing.RuleIdAsync(name, ct), new(name, Required(Grupo),
                        ImportValues.Type(Tipo, V(Tipo)), V(TipoDeServicio), V(Servicio), V(Categoria), V(Localizacion),
                        ImportValues.Active(Activo, V(Activo))), ct);
                    break;
                }
        }
    }

    /// <summary>The error of a row, with the domain's field turned back into the column the person wrote.</summary>
    private static ImportError ErrorOf(ImportKind kind, int line, Exception error) => error switch
    {
        InputException i => new ImportError(line, ColumnOf(kind, i.Field), i.Rule, i.Arguments),
        NotFoundException n => new ImportError(line, null, n.Rule, n.Arguments),
        DomainException d => new ImportError(line, null, d.Rule, d.Arguments),
        _ => new ImportError(line, null, Rules.ImportRowRejected, []),
    };

    private static string ColumnOf(ImportKind kind, string field) => field switch
    {
        "name" => kind switch
        {
            ImportKind.Services => Servicio,
            ImportKind.Groups or ImportKind.Members => Grupo,
            ImportKind.Rules => Regla,
            _ => Localizacion,
        },
        "path" => kind == ImportKind.Locations ? Localizacion : Categoria,
        "serviceType" => TipoDeServicio,
        "policy" => Ans,
        "service" => Servicio,
        "category" => Categoria,
        "location" => Localizacion,
        "group" => Grupo,
        "user" or "members" or "supervisors" => Usuario,
        "tier" => Linea,
        "active" => Activo,
        "type" => Tipo,
        _ => field,
    };
}
