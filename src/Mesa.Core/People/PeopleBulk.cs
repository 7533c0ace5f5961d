using Mesa.Core.Common;
using Mesa.Core.Data;

namespace Mesa.Core.People;

/// <summary>
/// One change for many people at once (add to a group, set the roles, deactivate, reactivate), each person through the
/// same <see cref="PeopleAdministration.UpdateAsync"/> as one by one, so the same rules refuse the same things. A dry run
/// makes every change inside a transaction it then rolls back: its preview is exactly what the real run would do.
/// </summary>
public sealed class PeopleBulk(PeopleAdministration people, MesaDbContext db)
{
    /// <summary>At most this many people per action: more is a filter worth narrowing.</summary>
    public const int MaxPeople = 500;

    public sealed record Change(PeopleBulkKind Kind, string? Group = null, IReadOnlyList<string>? Roles = null);

    public sealed record Outcome(string UserName, Exception? Problem);

    public async Task<IReadOnlyList<Outcome>> RunAsync(Actor by, IReadOnlyList<string> userNames, Change change, bool dryRun,
        CancellationToken ct)
    {
        if (userNames.Count > MaxPeople) throw new InputException("userNames", Rules.OutOfRange, 1, MaxPeople);
        if (change.Kind == PeopleBulkKind.AddToGroup && string.IsNullOrWhiteSpace(change.Group))
            throw new InputException("group", Rules.Required);
        if (change.Kind == PeopleBulkKind.SetRoles && change.Roles is not { Count: > 0 })
            throw new InputException("roles", Rules.Required);

        var outcomes = new List<Outcome>();
        await using var preview = dryRun ? await db.Database.BeginTransactionAsync(ct) : null;
        foreach (var userName in userNames.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            db.ChangeTracker.Clear();
            try
            {
                var input = change.Kind switch
                {
                    PeopleBulkKind.AddToGroup => new PeopleAdministration.PersonInput(
                        Groups: [.. (await people.GetAsync(userName, ct)).Groups, change.Group!.Trim()]),
                    PeopleBulkKind.SetRoles => new PeopleAdministration.PersonInput(Roles: change.Roles),
                    PeopleBulkKind.Deactivate => new PeopleAdministration.PersonInput(Active: false),
                    _ => new PeopleAdministration.PersonInput(Active: true),
                };
                await people.UpdateAsync(by, userName, input, ct);
                outcomes.Add(new Outcome(userName, null));
            }
            catch (Exception e) when (e is DomainException or InputException or NotFoundException)
            {
                outcomes.Add(new Outcome(userName, e));
            }
        }

        if (preview is not null) await preview.RollbackAsync(ct);
        db.ChangeTracker.Clear();
        return outcomes;
    }
}

public enum PeopleBulkKind
{
    AddToGroup,
    SetRoles,
    Deactivate,
    Reactivate,
}
