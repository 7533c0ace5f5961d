using System.Globalization;
using System.Text.RegularExpressions;
using Mesa.Core.Catalog.Import;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Sla;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Tickets.Import;

/// <summary>
/// Brings the tickets of the desk before Mesa from ProactivaNET's exports: the *En curso* listing (Guía §11) and,
/// optionally, the actions of its tickets (§14.3). Every row is checked (names found in Mesa, dates, states, codes
/// not taken) and every bad one reported; the tickets are written in pages inside one transaction, so that nothing is
/// kept when any row is bad or when it is a dry run. Codes are kept as they were ("REIO 2025-064270"); when they carry
/// Mesa's own prefix, the year's counter moves past them so that Mesa never hands one out again.
/// </summary>
public sealed partial class ProactivaNetImport(MesaDbContext db, SlaService sla, ITicketBulkInsert insert, OrganisationTime time,
    IOptions<MesaSettings> settings)
{
    public const string Codigo = "Código";
    public const string Estado = "Estado";
    public const string FechaDeRegistro = "Fecha de registro";
    public const string FechaEstimadaResolucion = "Fecha estimada resolución";
    public const string Titulo = "Título";
    public const string Categoria = "Categoría";
    public const string Descripcion = "Descripción";
    public const string Tecnico = "Técnico de P. Mesa";
    public const string NotificadoPor = "Notificado por";
    public const string Grupo = "Grupo";
    public const string Calificada = "Calificada";
    public const string Solucion = "Solución para el usuario";
    public const string Tipo = "Tipo";
    public const string Servicio = "Servicio";
    public const string FechaDeResolucion = "Fecha de resolución";
    public const string FechaDeCierre = "Fecha de cierre";

    public const string Fecha = "Fecha";
    public const string TipoDeAccion = "Tipo de acción";
    public const string Autor = "Técnico";
    public const string Publicada = "Publicada";

    /// <summary>The listing's columns: the required ones first, then the optional ones.</summary>
    public static readonly (string[] Required, string[] Optional) TicketColumns =
        ([Codigo, Estado, FechaDeRegistro, Titulo, NotificadoPor],
         [FechaEstimadaResolucion, Categoria, Descripcion, Tecnico, Grupo, Calificada, Solucion, Tipo, Servicio, FechaDeResolucion, FechaDeCierre]);

    /// <summary>The actions' columns: the required ones first, then the optional ones.</summary>
    public static readonly (string[] Required, string[] Optional) ActionColumns =
        ([Codigo, Fecha, TipoDeAccion, Descripcion], [Autor, Publicada]);

    /// <summary>An export of a large desk: a hundred thousand tickets with their descriptions.</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    /// <summary>How many tickets are written at a time, and how often the progress moves.</summary>
    public const int PageSize = 1_000;

    private static readonly string[] DateFormats =
        ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss"];

    private readonly List<TicketImportError> _errors = [];

    public async Task<TicketImportReport> RunAsync(byte[] tickets, byte[]? actions, bool dryRun, long importerId,
        Action<TicketImportProgress>? progress, CancellationToken ct)
    {
        _errors.Clear();
        var listing = Read(ImportedFile.Tickets, tickets, TicketColumns);
        var actionFile = actions is { Length: > 0 } ? Read(ImportedFile.Actions, actions, ActionColumns) : null;
        if (listing is null || (actions is { Length: > 0 } && actionFile is null))
            return new TicketImportReport(0, 0, dryRun, false, [.. _errors]);

        var now = time.UtcNow;
        var references = await ImportReferences.LoadAsync(db, ct);
        var actionsByCode = ReadActions(actionFile, references, now);
        var codes = ReadCodes(listing);
        var matrix = await sla.MatrixAsync(ct);
        var importer = Actor.Signing(importerId);
        var words = new HistoryText(CultureInfo.GetCultureInfo(settings.Value.MailCulture));
        var terms = new Dictionary<(long?, long?), SlaService.SlaTerms?>();

        db.ChangeTracker.Clear();
        var read = _errors.Count;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            // A retried attempt reports what it finds itself, not what the failed one found.
            _errors.RemoveRange(read, _errors.Count - read);
            var written = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!dryRun && _errors.Count == 0) await AdvanceCountersAsync(codes.Values, ct);
            progress?.Invoke(new TicketImportProgress(listing.Rows.Count, 0, 0));
            for (var first = 0; first < listing.Rows.Count; first += PageSize)
            {
                var page = listing.Rows.Skip(first).Take(PageSize).ToList();
                var taken = await TakenCodesAsync(page.Select(r => codes.GetValueOrDefault(r.Line)?.Code).OfType<string>().ToList(), ct);
                var built = new List<Ticket>(page.Count);
                foreach (var (line, fields) in page)
                {
                    if (!codes.TryGetValue(line, out var code)) continue;
                    if (taken.Contains(code.Code))
                    {
                        Fail(ImportedFile.Tickets, line, Codigo, Rules.ImportCodeTaken, code.Code);
                        continue;
                    }

                    try
                    {
                        var row = await RowAsync(listing, line, fields, code.Code, references, actionsByCode, terms, now, ct);
                        var note = row.Rated ? words["Imported.Rated", row.SourceState] : words["Imported", row.SourceState];
                        built.Add(Ticket.Import(row, note, matrix, settings.Value.SlaWarningShare, importer, now));
                    }
                    catch (Exception error) when (error is InputException or DomainException)
                    {
                        _errors.Add(ErrorOf(ImportedFile.Tickets, line, error));
                    }
                }

                if (!dryRun && _errors.Count == 0)
                {
                    await insert.InsertAsync(db, built, ct);
                    written += built.Count;
                }

                progress?.Invoke(new TicketImportProgress(listing.Rows.Count, first + page.Count, written));
            }

            var listed = codes.Values.Select(c => c.Code).ToHashSet();
            foreach (var (code, rows) in actionsByCode.Where(a => !listed.Contains(a.Key)))
                foreach (var row in rows)
                    Fail(ImportedFile.Actions, row.Line, Codigo, Rules.ImportActionWithoutTicket, code);

            var apply = !dryRun && _errors.Count == 0;
            if (apply) await transaction.CommitAsync(ct);
            else await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var errors = _errors.OrderBy(e => e.File).ThenBy(e => e.Line).ToList();
            return new TicketImportReport(listing.Rows.Count, actionsByCode.Values.Sum(a => a.Count), dryRun, apply, errors);
        });
    }

    private ImportFile? Read(ImportedFile which, byte[] content, (string[] Required, string[] Optional) columns)
    {
        try
        {
            return ImportFile.Read(content, columns.Required, columns.Optional, MaxBytes);
        }
        catch (InputException error)
        {
            _errors.Add(new TicketImportError(which, 1, null, error.Rule, error.Arguments));
            return null;
        }
    }

    /// <summary>"REIO 2025-064270" read: its prefix, year and number.</summary>
    private sealed record ListedCode(string Code, string Prefix, int Year, long Number);

    /// <summary>Every listing row's code, checked for its form and for being written twice.</summary>
    private Dictionary<int, ListedCode> ReadCodes(ImportFile listing)
    {
        var codes = new Dictionary<int, ListedCode>();
        var seen = new Dictionary<string, int>();
        foreach (var (line, fields) in listing.Rows)
        {
            var text = listing.Value(fields, Codigo);
            if (text is null)
            {
                Fail(ImportedFile.Tickets, line, Codigo, Rules.Required);
                continue;
            }

            text = text.ToUpperInvariant();
            var match = CodeForm().Match(text);
            if (!match.Success || text.Length > Ticket.CodeMaxLength)
            {
                Fail(ImportedFile.Tickets, line, Codigo, Rules.ImportCodeInvalid, text);
                continue;
            }

            if (seen.TryGetValue(text, out var earlier))
            {
                Fail(ImportedFile.Tickets, line, Codigo, Rules.ImportCodeRepeated, text, earlier);
                continue;
            }

            seen[text] = line;
            codes[line] = new ListedCode(text, match.Groups["prefix"].Value, int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
                long.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture));
        }

        return codes;
    }

    /// <summary>The actions file by ticket code, each action's names found and its date read.</summary>
    private Dictionary<string, List<(int Line, ActionRow Row)>> ReadActions(ImportFile? file, ImportReferences references,
        DateTimeOffset now)
    {
        var byCode = new Dictionary<string, List<(int, ActionRow)>>();
        if (file is null) return byCode;
        foreach (var (line, fields) in file.Rows)
        {
            try
            {
                string? V(string column) => file.Value(fields, column);
                var code = (V(Codigo) ?? throw new InputException(Codigo, Rules.Required)).ToUpperInvariant();
                var kind = ImportValues.ActionKind(TipoDeAccion, V(TipoDeAccion) ?? throw new InputException(TipoDeAccion, Rules.Required));
                var at = Date(Fecha, V(Fecha) ?? throw new InputException(Fecha, Rules.Required), now);
                var text = InputText.Required(Descripcion, V(Descripcion), Ticket.TextMaxLength);
                var author = V(Autor) is { } name ? references.Person(Autor, name) : (long?)null;
                var published = V(Publicada) is { } word ? ImportValues.Yes(Publicada, word) : kind is not (TicketActionKind.Note or TicketActionKind.TechnicianAnswer);
                if (!byCode.TryGetValue(code, out var list)) byCode[code] = list = [];
                list.Add((line, new ActionRow(kind, text, published, author, at)));
            }
            catch (Exception error) when (error is InputException or DomainException)
            {
                _errors.Add(ErrorOf(ImportedFile.Actions, line, error));
            }
        }

        return byCode;
    }

    private sealed record ActionRow(TicketActionKind Kind, string Text, bool Published, long? AuthorId, DateTimeOffset At);

    /// <summary>A listing row as the domain takes it, every name found in Mesa.</summary>
    private async Task<ImportedTicket> RowAsync(ImportFile listing, int line, string[] fields, string code, ImportReferences references,
        Dictionary<string, List<(int Line, ActionRow Row)>> actionsByCode,
        Dictionary<(long?, long?), SlaService.SlaTerms?> terms, DateTimeOffset now, CancellationToken ct)
    {
        string? V(string column) => listing.Value(fields, column);
        var stateText = V(Estado) ?? throw new InputException(Estado, Rules.Required);
        // "Asignada a un grupo - En atención": the state, then the substate (Guía §10).
        var dash = stateText.IndexOf(" - ", StringComparison.Ordinal);
        var state = ImportValues.State(Estado, dash > 0 ? stateText[..dash] : stateText);
        var substate = dash > 0 ? references.SubstateNamed(Estado, stateText[(dash + 3)..].Trim()) : null;
        if (substate is not null && state != TicketState.Assigned)
            throw new InputException(Estado, Rules.ImportSubstateNeedsAssigned, stateText);

        var registered = Date(FechaDeRegistro, V(FechaDeRegistro) ?? throw new InputException(FechaDeRegistro, Rules.Required), now);
        var due = Later(FechaEstimadaResolucion, V(FechaEstimadaResolucion), registered, now, allowFuture: true);
        var resolved = Later(FechaDeResolucion, V(FechaDeResolucion), registered, now, allowFuture: false);
        var closed = Later(FechaDeCierre, V(FechaDeCierre), resolved ?? registered, now, allowFuture: false);
        var title = V(Titulo) ?? throw new InputException(Titulo, Rules.Required);
        var requester = references.Person(NotificadoPor, V(NotificadoPor) ?? throw new InputException(NotificadoPor, Rules.Required));
        var agent = V(Tecnico) is { } technician ? references.Person(Tecnico, technician) : (long?)null;
        var group = V(Grupo) is { } groupName ? references.GroupNamed(Grupo, groupName) : null;
        if (state == TicketState.Assigned && group is null) throw new InputException(Grupo, Rules.Required);
        if (state == TicketState.Assigned && agent is { } working && !group!.Members.Contains(working))
            throw new InputException(Tecnico, Rules.AgentNotInGroup, references.NameOf(working), group.Name);
        var (serviceId, categoryId) = references.Classification(Servicio, V(Servicio), Categoria, V(Categoria));
        if (!terms.TryGetValue((serviceId, categoryId), out var ans))
            terms[(serviceId, categoryId)] = ans = await sla.TermsForAsync(serviceId, categoryId, ct);

        var actions = new List<ImportedAction>();
        foreach (var (actionLine, action) in actionsByCode.GetValueOrDefault(code) ?? [])
        {
            if (action.At < registered)
            {
                Fail(ImportedFile.Actions, actionLine, Fecha, Rules.ImportDateBeforeRegistration, time.Format(action.At), time.Format(registered));
                continue;
            }

            var author = action.AuthorId ?? (action.Kind == TicketActionKind.UserReply ? requester : agent) ?? requester;
            actions.Add(new ImportedAction(action.Kind, action.Text, action.Published, author, action.At));
        }

        return new ImportedTicket(code, ImportValues.Type(Tipo, V(Tipo)) ?? TicketType.Request, state, stateText, substate, registered,
            due, title, V(Descripcion) ?? title, serviceId, categoryId, requester, group?.Id, agent,
            ImportValues.Yes(Calificada, V(Calificada)), InputText.Optional(Solucion, V(Solucion), Ticket.TextMaxLength), resolved, closed,
            actions, ans);
    }

    /// <summary>A date the old desk wrote ("06/09/2025 16:48"), in the organisation's zone; never after now.</summary>
    private DateTimeOffset Date(string column, string text, DateTimeOffset now, bool allowFuture = false)
    {
        if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            || !time.TryFromLocal(local, out var instant))
            throw new InputException(column, Rules.ImportDateInvalid, text);
        if (!allowFuture && instant > now) throw new InputException(column, Rules.ImportDateInFuture, text);
        return instant;
    }

    /// <summary>An optional date that cannot come before <paramref name="earliest"/>.</summary>
    private DateTimeOffset? Later(string column, string? text, DateTimeOffset earliest, DateTimeOffset now, bool allowFuture)
    {
        if (text is null) return null;
        var at = Date(column, text, now, allowFuture);
        if (at < earliest) throw new InputException(column, Rules.ImportDateBeforeRegistration, text, time.Format(earliest));
        return at;
    }

    private async Task<HashSet<string>> TakenCodesAsync(List<string> codes, CancellationToken ct) =>
        codes.Count == 0 ? [] : (await db.Tickets.Where(t => codes.Contains(t.Code)).Select(t => t.Code).ToListAsync(ct)).ToHashSet();

    /// <summary>
    /// Guía §9: codes are consecutive per year and never reused. Moved at the start of the writing, inside its
    /// transaction: a registration of one of those years meanwhile waits for the import and then takes a later number.
    /// </summary>
    private async Task AdvanceCountersAsync(IEnumerable<ListedCode> codes, CancellationToken ct)
    {
        var prefix = settings.Value.TicketPrefix;
        foreach (var year in codes.Where(c => c.Prefix == prefix).GroupBy(c => c.Year))
            await YearlyNumbers.AtLeastAsync(db, "ticket_counters", year.Key, year.Max(c => c.Number), ct);
    }

    private void Fail(ImportedFile file, int line, string column, string rule, params object[] arguments) =>
        _errors.Add(new TicketImportError(file, line, column, rule, arguments));

    /// <summary>The error of a row, with the domain's field turned back into the column the person wrote.</summary>
    private static TicketImportError ErrorOf(ImportedFile file, int line, Exception error) => error switch
    {
        InputException i => new TicketImportError(file, line, ColumnOf(i.Field), i.Rule, i.Arguments),
        DomainException d => new TicketImportError(file, line, null, d.Rule, d.Arguments),
        _ => throw error,
    };

    private static string ColumnOf(string field) => field switch
    {
        nameof(Ticket.Title) => Titulo,
        nameof(Ticket.Description) or "text" => Descripcion,
        nameof(Ticket.Group) => Grupo,
        _ => field,
    };

    /// <summary>"REIO 2025-064270": a prefix, the year, and the year's number.</summary>
    [GeneratedRegex(@"^(?<prefix>\S(?:.*\S)?) (?<year>\d{4})-(?<number>\d{1,12})$")]
    private static partial Regex CodeForm();
}
