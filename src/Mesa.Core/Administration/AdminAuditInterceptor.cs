using System.Collections;
using System.Globalization;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mesa.Core.Administration;

/// <summary>
/// While an administrator acts (<see cref="AdminAudit"/>), adds to each save one <see cref="AdminChange"/> per
/// configuration record it creates, changes or removes, with every field before → after. The lines a record owns (a
/// calendar's hours, a policy's targets, a flow's steps) and the links that hang from it (a group's members, a person's
/// roles) are fields of that record, so the log reads "Mesa de Servicio: Miembros + agente3", not as join tables.
/// </summary>
/// <remarks>Scoped, with the request's <see cref="AdminAudit"/>.</remarks>
public sealed class AdminAuditInterceptor(AdminAudit audit, TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (audit.AdminId is { } admin && eventData.Context is { } db) await RecordAsync(db, admin, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (audit.AdminId is { } admin && eventData.Context is { } db) RecordAsync(db, admin, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task RecordAsync(DbContext db, long adminId, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AdminChange)
            .ToList();
        var records = new Dictionary<object, Draft>(ReferenceEqualityComparer.Instance);
        var names = new Names(db);
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                // A new record's id is the tracker's temporary one, in its entry, not yet on the object.
                case GroupMembership m:
                    // Written on both sides: the group's members and the person's groups.
                    var group = await names.EntryAsync(typeof(SupportGroup), entry.Property(nameof(m.GroupId)).CurrentValue!, ct);
                    var member = await names.EntryAsync(typeof(User), entry.Property(nameof(m.UserId)).CurrentValue!, ct);
                    var supervises = m.Role == GroupRole.Supervisor;
                    if (group is not null)
                        Draft(group).Link(supervises ? "Supervisors" : "Members", member is null ? null : Names.Of(member), entry.State);
                    if (member is not null)
                        Draft(member).Link(supervises ? "Supervises" : "Groups", group is null ? null : Names.Of(group), entry.State);
                    break;
                case IdentityUserRole<long> r:
                    var person = await names.EntryAsync(typeof(User), entry.Property(nameof(r.UserId)).CurrentValue!, ct);
                    var role = await names.NameAsync(typeof(Role), entry.Property(nameof(r.RoleId)).CurrentValue!, ct);
                    if (person is not null) Draft(person).Link("Roles", role, entry.State);
                    break;
                default:
                    if (entry.Metadata.IsOwned())
                    {
                        if (Owner(db, entry) is { } owner && AuditedRecords.Of(owner.Metadata.ClrType) is not null)
                            Draft(owner).Line(entry.Metadata.FindOwnership()!.PrincipalToDependent!.Name, entry);
                    }
                    else if (AuditedRecords.Of(entry.Metadata.ClrType) is not null)
                        await Draft(entry).FieldsAsync(entry, names, ct);

                    break;
            }
        }

        var at = clock.GetUtcNow();
        foreach (var draft in records.Values)
        {
            var fields = draft.Fields();
            if (fields.Count == 0 && draft.Entry.State is not (EntityState.Added or EntityState.Deleted)) continue;
            var kind = draft.Entry.State switch
            {
                EntityState.Added => AdminChangeKind.Created,
                EntityState.Deleted => AdminChangeKind.Removed,
                _ => AdminChangeKind.Changed,
            };
            db.Add(new AdminChange(at, adminId, AuditedRecords.Of(draft.Entry.Metadata.ClrType)!, Key(draft.Entry),
                Names.Of(draft.Entry), kind, fields));
        }

        Draft Draft(EntityEntry entry)
        {
            if (!records.TryGetValue(entry.Entity, out var draft)) records[entry.Entity] = draft = new Draft(entry);
            return draft;
        }
    }

    /// <summary>The record whose line this is (a calendar for one of its hours), among the tracked ones.</summary>
    private static EntityEntry? Owner(DbContext db, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership()!;
        var values = ownership.Properties.Select(p => entry.Property(p.Name).CurrentValue).ToList();
        return db.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
            && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(values));
    }

    /// <summary>The record's id, unless the database gives it in this save.</summary>
    private static string? Key(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name)).ToList();
        return key.Any(p => p.IsTemporary) ? null : string.Join("/", key.Select(p => Text(p.CurrentValue)));
    }

    /// <summary>A value as the log writes it: invariant numbers, ISO instants, enum names, lists joined.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable list => string.Join(", ", list.Cast<object?>().Select(Text)),
        _ => value.ToString(),
    };

    /// <summary>The fields of one record in one save.</summary>
    private sealed class Draft(EntityEntry entry)
    {
        private readonly List<FieldChange> _fields = [];

        public EntityEntry Entry { get; } = entry;

        public async Task FieldsAsync(EntityEntry record, Names names, CancellationToken ct)
        {
            foreach (var property in record.Properties)
            {
                var p = property.Metadata;
                if (p.IsPrimaryKey() || p.IsShadowProperty() || AuditedRecords.IsNoise(p.Name)) continue;
                if (record.State == EntityState.Modified && !property.IsModified) continue;
                var before = record.State == EntityState.Added ? null : property.OriginalValue;
                var after = record.State == EntityState.Deleted ? null : property.CurrentValue;
                // A new record's unset flag says nothing.
                if (record.State == EntityState.Added && after is false) continue;
                if (AuditedRecords.IsSecret(p.Name) || (p.Name == nameof(Settings.Setting.Value) && AuditedRecords.HoldsSecret(record.Entity)))
                {
                    // Said to have changed, never what it was or became.
                    if (!Equals(before, after))
                        _fields.Add(new FieldChange(p.Name, before is null ? null : AuditedRecords.Hidden, after is null ? null : AuditedRecords.Hidden));
                    continue;
                }

                var foreign = p.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType;
                var was = before is null ? null : foreign is null ? Text(before) : await names.NameAsync(foreign, before, ct);
                var now = after is null ? null : foreign is null ? Text(after) : await names.NameAsync(foreign, after, ct);
                if (was != now) _fields.Add(new FieldChange(p.Name, was, now));
            }
        }

        /// <summary>A link to another record added or removed (a member of a group, a role of a person).</summary>
        public void Link(string field, string? name, EntityState state) =>
            _fields.Add(state == EntityState.Deleted ? new FieldChange(field, name, null) : new FieldChange(field, null, name));

        /// <summary>One of the record's own lines added, changed or removed, described whole.</summary>
        public void Line(string field, EntityEntry line)
        {
            string Describe(Func<PropertyEntry, object?> value) => string.Join(", ", line.Properties
                .Where(p => !p.Metadata.IsShadowProperty() && !p.Metadata.IsPrimaryKey() && !p.Metadata.IsForeignKey())
                .Select(p => $"{p.Metadata.Name}: {Text(value(p))}"));
            var before = line.State == EntityState.Added ? null : Describe(p => p.OriginalValue);
            var after = line.State == EntityState.Deleted ? null : Describe(p => p.CurrentValue);
            if (before != after) _fields.Add(new FieldChange(field, before, after));
        }

        /// <summary>The fields, without a line removed and the same line added again (a list saved whole).</summary>
        public List<FieldChange> Fields()
        {
            var kept = new List<FieldChange>(_fields);
            foreach (var added in _fields.Where(f => f.Before is null))
            {
                var removed = kept.FirstOrDefault(f => f.Field == added.Field && f.After is null && f.Before == added.After);
                if (removed is null) continue;
                kept.Remove(removed);
                kept.Remove(added);
            }

            return kept;
        }
    }

    /// <summary>Records by id and their names, from the tracker when there, else read once per save.</summary>
    private sealed class Names(DbContext db)
    {
        private readonly Dictionary<(Type, object), EntityEntry?> _found = [];

        public async Task<EntityEntry?> EntryAsync(Type type, object id, CancellationToken ct)
        {
            if (_found.TryGetValue((type, id), out var known)) return known;
            var tracked = db.ChangeTracker.Entries().FirstOrDefault(e => e.Metadata.ClrType == type
                && Equals(e.Property(e.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue, id));
            if (tracked is not null) return _found[(type, id)] = tracked;
            var entity = await db.FindAsync(type, [id], ct);
            return _found[(type, id)] = entity is null ? null : db.Entry(entity);
        }

        public async Task<string?> NameAsync(Type type, object id, CancellationToken ct) =>
            await EntryAsync(type, id, ct) is { } entry ? Of(entry) : Text(id);

        /// <summary>A record's name as people know it: its path, user name, name, label or code; else its id.</summary>
        public static string Of(EntityEntry entry)
        {
            foreach (var name in new[] { "Path", nameof(User.UserName), "Name", "Label", "Code" })
            {
                if (entry.Metadata.FindProperty(name) is { } p && entry.Property(p.Name).CurrentValue is string { Length: > 0 } s) return s;
            }

            return string.Join(" / ", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));
        }
    }
}
