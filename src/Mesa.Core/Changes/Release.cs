using Mesa.Core.Common;
using Mesa.Core.People;

namespace Mesa.Core.Changes;

/// <summary>
/// An *entrega* (release): changes that reach production together, on a planned date. It is built, tried in
/// pre-production (Guía §10 "En aplicación en pre-producción"), deployed ("Aprobada – paso a producción") and closed
/// ("Aceptada – aplicada"), one step after the other; its changes are chosen while it is still being built.
/// </summary>
public sealed class Release
{
    public const int NameMaxLength = 200;

    private readonly List<long> _changes = [];

    private Release()
    {
    }

    public Release(string? name, DateTimeOffset plannedAt, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Name = RecordText.Text("name", name, NameMaxLength, required: true)!;
        PlannedAt = plannedAt;
        State = ReleaseState.Planned;
        CreatedById = by.Id;
        CreatedAt = at;
        UpdatedAt = at;
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset PlannedAt { get; private set; }

    public ReleaseState State { get; private set; }

    public long CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<long> Changes => _changes;

    /// <summary>A change joins the release while it is planned or being built, once it is approved.</summary>
    public void Add(ChangeRequest change, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(State is ReleaseState.Planned or ReleaseState.Built, Rules.ReleaseClosedToChanges, State);
        Guard.Require(change.State is ChangeState.Approved or ChangeState.Scheduled, Rules.ReleaseNeedsApprovedChange, change.Code);
        if (!_changes.Contains(change.Id)) _changes.Add(change.Id);
        UpdatedAt = at;
    }

    /// <summary>The next step, and only the next one: built, in testing, deployed, closed.</summary>
    public void Advance(ReleaseState to, Actor by, DateTimeOffset at)
    {
        Guard.RequireStaff(by);
        Guard.Require(to == State + 1 && State != ReleaseState.Closed, Rules.ReleaseTransitionNotAllowed, State, to);
        Guard.Require(to != ReleaseState.Built || _changes.Count > 0, Rules.ReleaseEmpty);
        State = to;
        UpdatedAt = at;
    }
}

public enum ReleaseState
{
    Planned,
    Built,
    InTesting,
    Deployed,
    Closed,
}
