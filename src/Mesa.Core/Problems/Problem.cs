using Mesa.Core.Common;
using Mesa.Core.People;
using Mesa.Core.Routing;

namespace Mesa.Core.Problems;

/// <summary>
/// Guía §5 "Problema": "condición identificada frecuentemente como resultado de múltiples incidencias con síntomas
/// comunes, o incidente aislado de importancia significativa. Su gestión busca identificar la causa raíz, implementar
/// la mejor solución posible y reducir la recurrencia". Agents register it (Guía §11 "Controles comunes": the
/// Problemas button), relate incidents to it from their Información adicional (Guía §11.5), record the root cause
/// and the workaround that make it an error conocido, and resolve and close it. Every step asks for its note and
/// leaves a line in the history.
/// </summary>
public sealed class Problem
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4_000;
    public const int NoteMaxLength = RecordText.NoteMaxLength;
    public const string CodePrefix = "PRB-";

    private readonly List<ProblemEvent> _events = [];

    private Problem()
    {
    }

    public Problem(string? title, string? description, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Title = RecordText.Text("title", title, TitleMaxLength, required: true)!;
        Description = RecordText.Text("description", description, TextMaxLength, required: true)!;
        State = ProblemState.New;
        CreatedById = by.Id;
        CreatedAt = at;
        UpdatedAt = at;
        _events.Add(new ProblemEvent(ProblemEventKind.Created, by.Id, at, null, ProblemState.New, null));
    }

    public long Id { get; private set; }

    /// <summary>How people cite it: PRB-7.</summary>
    public string Code => CodeOf(Id);

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public ProblemState State { get; private set; }

    public long? GroupId { get; private set; }

    public long? AgentId { get; private set; }

    /// <summary>Causa raíz: why the incidents happen.</summary>
    public string? RootCause { get; private set; }

    /// <summary>Solución temporal: what agents tell users meanwhile; with the root cause it makes an error conocido.</summary>
    public string? Workaround { get; private set; }

    /// <summary>The definitive fix, written when the problem is resolved.</summary>
    public string? Solution { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>Optimistic concurrency, as for tickets: a stale form is refused, never silently overwritten.</summary>
    public long Version { get; private set; } = 1;

    public IReadOnlyList<ProblemEvent> Events => _events;

    public bool IsOpen => State is not (ProblemState.Resolved or ProblemState.Closed);

    public static string CodeOf(long id) => CodePrefix + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads "PRB-7", "prb7" or "7" as a problem's id.</summary>
    public static long? ParseCode(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.StartsWith("PRB", StringComparison.OrdinalIgnoreCase)) value = value[3..].TrimStart('-', ' ');
        return long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture,
            out var id) && id > 0 ? id : null;
    }

    /// <summary>Corrects the title, the description, and while it is open the root cause and the workaround.</summary>
    public void Edit(string? title, string? description, string? rootCause, string? workaround, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(State != ProblemState.Closed, Rules.ProblemClosed);
        Title = RecordText.Text("title", title, TitleMaxLength, required: true)!;
        Description = RecordText.Text("description", description, TextMaxLength, required: true)!;
        RootCause = RecordText.Text("rootCause", rootCause, TextMaxLength, required: State == ProblemState.KnownError);
        Workaround = RecordText.Text("workaround", workaround, TextMaxLength, required: State == ProblemState.KnownError);
        Record(ProblemEventKind.Edited, State, null, by, at);
    }

    /// <summary>Gives the problem to a group, and to one of its agents when known; a new problem becomes Asignado.</summary>
    public void Assign(SupportGroup group, User? agent, string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(IsOpen, Rules.ProblemNotOpen, State);
        Guard.Require(group.Active, Rules.GroupInactive, group.Name);
        Guard.Require(agent is null || group.HasMember(agent.Id), Rules.AgentNotInGroup, agent?.UserName ?? "", group.Name);
        Guard.Require(group.Id != GroupId || agent?.Id != AgentId, Rules.AlreadyAssignedThere);
        GroupId = group.Id;
        AgentId = agent?.Id;
        Record(ProblemEventKind.Assigned, State == ProblemState.New ? ProblemState.Assigned : State, reason, by, at);
    }

    /// <summary>
    /// Error conocido: the root cause is found and a workaround exists. Both are required, because the workaround is
    /// what first-line agents will give the next users with the same symptoms.
    /// </summary>
    public void DeclareKnownError(string? rootCause, string? workaround, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(State is ProblemState.New or ProblemState.Assigned, Rules.ProblemTransitionNotAllowed, State, ProblemState.KnownError);
        RootCause = RecordText.Text("rootCause", rootCause, TextMaxLength, required: true);
        Workaround = RecordText.Text("workaround", workaround, TextMaxLength, required: true);
        Record(ProblemEventKind.KnownError, ProblemState.KnownError, null, by, at);
    }

    /// <summary>The definitive fix is in place.</summary>
    public void Resolve(string? solution, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(IsOpen, Rules.ProblemTransitionNotAllowed, State, ProblemState.Resolved);
        Solution = RecordText.Text("solution", solution, TextMaxLength, required: true);
        Record(ProblemEventKind.Resolved, ProblemState.Resolved, null, by, at);
    }

    /// <summary>The fix held: the problem is closed, with a note on how that was confirmed.</summary>
    public void Close(string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(State == ProblemState.Resolved, Rules.ProblemTransitionNotAllowed, State, ProblemState.Closed);
        ClosedAt = at;
        Record(ProblemEventKind.Closed, ProblemState.Closed, reason, by, at);
    }

    /// <summary>The incidents came back: a resolved problem is worked again, by whoever has it.</summary>
    public void Reopen(string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(State == ProblemState.Resolved, Rules.ProblemTransitionNotAllowed, State, ProblemState.Assigned);
        Solution = null;
        var to = Workaround is null ? (GroupId is null ? ProblemState.New : ProblemState.Assigned) : ProblemState.KnownError;
        Record(ProblemEventKind.Reopened, to, reason, by, at);
    }

    public void CheckVersion(long? version)
    {
        if (version is { } v && v != Version) throw new StaleVersionException();
    }

    private void Record(ProblemEventKind kind, ProblemState to, string? note, Actor by, DateTimeOffset at)
    {
        _events.Add(new ProblemEvent(kind, by.Id, at, State, to, note));
        State = to;
        UpdatedAt = at;
        Version++;
    }
}
