using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Changes;

/// <summary>
/// An *entrega* (release): changes that reach production together, on a planned date. It is built, applied in
/// pre-production (Guía §10 "En aplicación en pre-producción"), passed to production ("Aprobada – paso a producción")
/// and accepted ("Aceptada – aplicada"), one step after the other, each with its note; its changes are chosen while it
/// is still being built. Every move is a line of its history.
/// </summary>
public sealed class Release
{
    public const int NameMaxLength = 200;

    private readonly List<long> _changes = [];
    private readonly List<ReleaseEvent> _events = [];

    private Release()
    {
    }

    public Release(string? name, DateTimeOffset? plannedAt, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Name = RecordText.Text("name", name, NameMaxLength, required: true)!;
        PlannedAt = plannedAt ?? throw new InputException("plannedAt", Rules.Required);
        State = ReleaseState.Planned;
        CreatedById = by.Id;
        CreatedAt = at;
        UpdatedAt = at;
        _events.Add(new ReleaseEvent(ReleaseEventKind.Created, by.Id, at, null, State, null));
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset PlannedAt { get; private set; }

    public ReleaseState State { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public long Version { get; private set; } = 1;

    /// <summary>The ids of its changes, in the order they joined.</summary>
    public IReadOnlyList<long> Changes => _changes;

    public IReadOnlyList<ReleaseEvent> Events => _events;

    public bool IsOpen => State != ReleaseState.Closed;

    /// <summary>A change joins the release while it is planned or being built, once it is approved.</summary>
    public void Add(ChangeRequest change, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(State is ReleaseState.Planned or ReleaseState.Built, Rules.ReleaseClosedToChanges, State);
        Guard.Require(change.State is ChangeState.Approved or ChangeState.Scheduled, Rules.ReleaseNeedsApprovedChange, change.Code);
        if (_changes.Contains(change.Id)) throw new InputException("change", Rules.AlreadyLinked, change.Code);
        _changes.Add(change.Id);
        Record(ReleaseEventKind.ChangeAdded, State, $"{change.Code} {change.Title}", by, at);
    }

    /// <summary>A change leaves the release while it is still being put together.</summary>
    public void Remove(ChangeRequest change, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(State is ReleaseState.Planned or ReleaseState.Built, Rules.ReleaseClosedToChanges, State);
        if (!_changes.Remove(change.Id)) throw new NotFoundException(Rules.NotLinked, change.Code);
        Record(ReleaseEventKind.ChangeRemoved, State, $"{change.Code} {change.Title}", by, at);
    }

    /// <summary>A new planned date, while it has not reached production.</summary>
    public void Reschedule(DateTimeOffset? plannedAt, string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(State is ReleaseState.Planned or ReleaseState.Built or ReleaseState.InTesting, Rules.ReleaseClosedToChanges, State);
        PlannedAt = plannedAt ?? throw new InputException("plannedAt", Rules.Required);
        Record(ReleaseEventKind.Rescheduled, State, reason, by, at);
    }

    /// <summary>The next step, and only the next one: built, in pre-production, in production, accepted.</summary>
    public void Advance(ReleaseState to, string? note, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        var reason = RecordText.Note(note);
        Guard.Require(to == State + 1 && State != ReleaseState.Closed, Rules.ReleaseTransitionNotAllowed, State, to);
        Guard.Require(to != ReleaseState.Built || _changes.Count > 0, Rules.ReleaseEmpty);
        Record(ReleaseEventKind.Advanced, to, reason, by, at);
    }

    public void CheckVersion(long? version)
    {
        if (version is { } v && v != Version) throw new StaleVersionException();
    }

    private void Record(ReleaseEventKind kind, ReleaseState to, string? note, Actor by, DateTimeOffset at)
    {
        _events.Add(new ReleaseEvent(kind, by.Id, at, State, to, note));
        State = to;
        UpdatedAt = at;
        Version++;
    }
}

/// <summary>Guía §10's pre-production and production substates, as the steps of a release.</summary>
public enum ReleaseState
{
    Planned,
    Built,

    /// <summary>"En aplicación en pre-producción".</summary>
    InTesting,

    /// <summary>"Aprobada – paso a producción".</summary>
    Deployed,

    /// <summary>"Aceptada – aplicada".</summary>
    Closed,
}

/// <summary>One line of a release's history.</summary>
public sealed class ReleaseEvent : HistoryLine<ReleaseEventKind, ReleaseState>
{
    private ReleaseEvent()
    {
    }

    internal ReleaseEvent(ReleaseEventKind kind, long actorId, DateTimeOffset at, ReleaseState? from, ReleaseState to, string? note)
        : base(kind, actorId, at, from, to, note)
    {
    }

    public long ReleaseId { get; private set; }
}

public enum ReleaseEventKind
{
    Created,
    ChangeAdded,
    ChangeRemoved,
    Rescheduled,
    Advanced,
}
