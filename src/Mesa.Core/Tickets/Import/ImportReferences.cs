using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Tickets.Import;

/// <summary>
/// The names an export of the old desk writes, and what they are in Mesa: people, groups, services, categories and
/// substates, read once for the whole import. Names are compared without regard to case, accents or the spaces
/// around a "/"; a person is found by user name, e-mail or full name, also written "Apellidos, Nombres" as the old
/// desk's listings write it.
/// </summary>
public sealed class ImportReferences
{
    private readonly Dictionary<string, List<long>> _people = [];
    private readonly Dictionary<long, string> _names = [];
    private readonly Dictionary<string, Group> _groups = [];
    private readonly Dictionary<string, long> _services = [];
    private readonly Dictionary<string, List<(long ServiceId, long Id)>> _categoryPaths = [];
    private readonly Dictionary<string, Substate> _substates = [];

    public sealed record Group(long Id, string Name, IReadOnlySet<long> Members);

    public static async Task<ImportReferences> LoadAsync(MesaDbContext db, CancellationToken ct)
    {
        var references = new ImportReferences();
        var people = await db.Users.AsNoTracking().Where(u => !u.IsSystem)
            .Select(u => new { u.Id, u.UserName, u.Email, u.DisplayName }).ToListAsync(ct);
        foreach (var person in people)
        {
            references._names[person.Id] = person.DisplayName;
            foreach (var name in new[] { person.UserName, person.Email, person.DisplayName }.Distinct())
                if (!string.IsNullOrWhiteSpace(name)) references.AddPerson(Key(name), person.Id);
        }

        var members = (await db.GroupMemberships.AsNoTracking().Where(m => m.Role == GroupRole.Member)
                .Select(m => new { m.GroupId, m.UserId }).ToListAsync(ct))
            .ToLookup(m => m.GroupId, m => m.UserId);
        foreach (var group in await db.Groups.AsNoTracking().Select(g => new { g.Id, g.Name }).ToListAsync(ct))
            references._groups[Key(group.Name)] = new Group(group.Id, group.Name, members[group.Id].ToHashSet());

        foreach (var service in await db.Services.AsNoTracking().Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            references._services[Key(service.Name)] = service.Id;
        foreach (var category in await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ServiceId, c.Path }).ToListAsync(ct))
        {
            var key = Key(category.Path.TrimStart('/'));
            if (!references._categoryPaths.TryGetValue(key, out var list)) references._categoryPaths[key] = list = [];
            list.Add((category.ServiceId, category.Id));
        }

        foreach (var substate in await db.Substates.AsNoTracking().ToListAsync(ct))
        {
            references._substates[Key(substate.Name)] = substate;
            references._substates.TryAdd(Key(substate.Code), substate);
        }

        return references;
    }

    /// <summary>A person by any of the names the old desk may write, or an error on <paramref name="column"/>.</summary>
    public long Person(string column, string name)
    {
        var found = Candidates(Key(name));
        var comma = name.IndexOf(',');
        if (found is null && comma > 0)
        {
            // "Martinez Garcia, John Anderson": surnames first, as ProactivaNET lists people.
            found = Candidates(Key($"{name[(comma + 1)..]} {name[..comma]}"));
        }

        return found switch
        {
            null => throw new InputException(column, Rules.UnknownUser, name),
            [var only] => only,
            _ => throw new InputException(column, Rules.ImportAmbiguousPerson, name),
        };
    }

    public string NameOf(long personId) => _names.GetValueOrDefault(personId, "");

    public Group GroupNamed(string column, string name) =>
        _groups.GetValueOrDefault(Key(name)) ?? throw new InputException(column, Rules.UnknownGroup, name);

    public Substate SubstateNamed(string column, string name) =>
        _substates.GetValueOrDefault(Key(name)) ?? throw new InputException(column, Rules.UnknownSubstate, name);

    /// <summary>
    /// The service and category the old desk's "Categoría" names: a category's whole path (in any service, or in the
    /// service named in its own column), a service followed by a path ("Servicios Administrativos/Eventos"), or a
    /// service alone.
    /// </summary>
    public (long? ServiceId, long? CategoryId) Classification(string serviceColumn, string? service, string categoryColumn, string? category)
    {
        long? serviceId = null;
        if (service is not null)
            serviceId = _services.TryGetValue(Key(service), out var named) ? named : throw new InputException(serviceColumn, Rules.UnknownService, service);
        if (category is null) return (serviceId, null);

        var found = _categoryPaths.GetValueOrDefault(Key(category.TrimStart('/')))?
            .Where(c => serviceId is null || c.ServiceId == serviceId).ToList();
        if (found is { Count: > 1 }) throw new InputException(categoryColumn, Rules.AmbiguousCategory, category);
        if (found is [var single]) return (single.ServiceId, single.Id);

        var slash = category.IndexOf('/');
        if (serviceId is null && slash > 0 && _services.TryGetValue(Key(category[..slash]), out var head)
            && _categoryPaths.GetValueOrDefault(Key(category[(slash + 1)..]))?.SingleOrDefault(c => c.ServiceId == head) is { Id: > 0 } under)
            return (head, under.Id);
        if (serviceId is null && _services.TryGetValue(Key(category), out var alone)) return (alone, null);
        throw new InputException(categoryColumn, Rules.UnknownCategory, category);
    }

    private void AddPerson(string key, long id)
    {
        if (!_people.TryGetValue(key, out var ids)) _people[key] = ids = [];
        if (!ids.Contains(id)) ids.Add(id);
    }

    private List<long>? Candidates(string key) => _people.GetValueOrDefault(key);

    /// <summary>A name as compared: folded (which also makes it single-spaced), without spaces around "/".</summary>
    public static string Key(string name) => SearchText.Fold(name).Trim().Replace(" /", "/").Replace("/ ", "/");
}
