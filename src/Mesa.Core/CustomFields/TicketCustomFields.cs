using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.CustomFields;

/// <summary>
/// Guía §14.5 "Campos personalizados" on a ticket: which fields a ticket carries, and the values a person gives them
/// when registering it or later, each accepted by its field. Agents see and fill every field; requesters only those
/// visible to them, and never a person field (the portal faces the internet, and an answer would tell them which
/// accounts exist). A ticket registered from a mail has no form, so nothing is required of it.
/// </summary>
public sealed class TicketCustomFields(MesaDbContext db, TicketReferences refs)
{
    /// <summary>Every field, retired ones too, with its scopes, in the order the ticket shows them.</summary>
    public async Task<IReadOnlyList<CustomField>> AllAsync(CancellationToken ct) =>
        await db.CustomFields.AsNoTracking().Include(f => f.Scopes).ThenInclude(s => s.Service)
            .Include(f => f.Scopes).ThenInclude(s => s.Category)
            .OrderBy(f => f.Position).ThenBy(f => f.Id).AsSplitQuery().ToListAsync(ct);

    /// <summary>The active fields someone may fill: all for staff, the visible ones but persons for requesters.</summary>
    public static bool MayFill(Actor by, CustomField field) =>
        field.Active && (by.IsStaff || (field.VisibleToRequester && field.Kind != CustomFieldKind.Person));

    public static bool MaySee(Actor by, CustomField field) => by.IsStaff || field.VisibleToRequester;

    /// <summary>
    /// The values given at registration, checked: a name that is no field this person may fill, a field the
    /// ticket's type and classification do not carry, a badly written value or an unknown person is bad input, named
    /// after the field; so is a required field left empty, unless the ticket comes from a mail.
    /// </summary>
    public async Task<IReadOnlyList<CustomFieldValue>> ForRegistrationAsync(Actor by, Origin origin, TicketType type,
        Service? service, Category? category, IReadOnlyDictionary<string, string?>? given, CancellationToken ct)
    {
        // One round trip on the registration's path: a handful of fields with their few scopes joined.
        var fields = await db.CustomFields.Include(f => f.Scopes).ThenInclude(s => s.Category)
            .Where(f => f.Active).OrderBy(f => f.Position).AsSingleQuery().ToListAsync(ct);
        var values = new List<CustomFieldValue>();
        foreach (var (name, raw) in given ?? new Dictionary<string, string?>())
        {
            var field = fields.FirstOrDefault(f => f.Name == name.Trim() && MayFill(by, f))
                ?? throw new InputException("customFields", Rules.CustomFieldUnknown, name.Trim());
            if (string.IsNullOrWhiteSpace(raw)) continue;
            if (!field.AppliesTo(type, service?.Id, category))
                throw new InputException(field.Key, Rules.CustomFieldNotApplicable, field.Label);
            if (await AcceptAsync(field, raw, ct) is { } value) values.Add(new CustomFieldValue(field, value));
        }

        if (origin == Origin.Email) return values;
        var missing = fields.FirstOrDefault(f => f.Required && MayFill(by, f) && f.AppliesTo(type, service?.Id, category)
            && values.All(v => v.Field.Id != f.Id));
        return missing is null ? values : throw new InputException(missing.Key, Rules.CustomFieldRequired, missing.Label);
    }

    /// <summary>An agent's changes to a ticket's fields: each field known, each value accepted (null clears).</summary>
    public async Task<IReadOnlyList<(CustomField Field, string? Value)>> ForChangeAsync(
        IReadOnlyDictionary<string, string?> given, CancellationToken ct)
    {
        var names = given.Keys.Select(k => k.Trim()).ToList();
        var fields = await db.CustomFields.Include(f => f.Scopes).ThenInclude(s => s.Category)
            .Where(f => names.Contains(f.Name)).AsSingleQuery().ToListAsync(ct);
        var changes = new List<(CustomField, string?)>();
        foreach (var (name, raw) in given)
        {
            var field = fields.FirstOrDefault(f => f.Name == name.Trim() && f.Active)
                ?? throw new InputException("customFields", Rules.CustomFieldUnknown, name.Trim());
            changes.Add((field, await AcceptAsync(field, raw, ct)));
        }

        return changes;
    }

    /// <summary>The values the reader may see on each of these tickets, in the fields' order.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<CustomFieldEntry>>> EntriesAsync(Actor by,
        IReadOnlyCollection<long> ticketIds, CancellationToken ct)
    {
        var staff = by.IsStaff;
        var rows = await db.Set<TicketField>().AsNoTracking()
            .Where(f => ticketIds.Contains(f.TicketId) && f.CustomFieldId != null && (staff || f.CustomField!.VisibleToRequester))
            .OrderBy(f => f.CustomField!.Position).ThenBy(f => f.CustomFieldId)
            .Select(f => new { f.TicketId, Entry = new CustomFieldEntry(f.Name!, f.Label, f.Kind!.Value, f.Value) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.TicketId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CustomFieldEntry>)g.Select(r => r.Entry).ToList());
    }

    /// <summary>
    /// A list's conditions on custom fields, each value read as its field reads one (so "3,5" finds 3.5). A field the
    /// reader may not see is unknown to them, lest a filter tell what it holds.
    /// </summary>
    public async Task<IReadOnlyList<CustomFieldFilter>> FiltersAsync(Actor by, IReadOnlyDictionary<string, string> given,
        CancellationToken ct)
    {
        if (given.Count == 0) return [];
        var names = given.Keys.Select(k => k.Trim()).ToList();
        var fields = await db.CustomFields.AsNoTracking().Where(f => names.Contains(f.Name)).ToListAsync(ct);
        var filters = new List<CustomFieldFilter>();
        foreach (var (name, raw) in given)
        {
            var field = fields.FirstOrDefault(f => f.Name == name.Trim() && MaySee(by, f))
                ?? throw new InputException("field." + name.Trim(), Rules.CustomFieldUnknown, name.Trim());
            var value = field.Kind is CustomFieldKind.Text or CustomFieldKind.Longtext
                ? InputText.Optional("field." + field.Name, raw, CustomField.TextMaxLength)
                : field.Kind == CustomFieldKind.Person ? InputText.Optional("field." + field.Name, raw, CustomField.PersonMaxLength)
                : Rekeyed(field, raw);
            if (value is not null) filters.Add(new CustomFieldFilter(field.Id, field.Kind, value));
        }

        return filters;
    }

    private static string? Rekeyed(CustomField field, string raw)
    {
        try
        {
            return field.Accept(raw);
        }
        catch (InputException e)
        {
            throw new InputException("field." + field.Name, e.Rule, [.. e.Arguments]);
        }
    }

    private async Task<string?> AcceptAsync(CustomField field, string? raw, CancellationToken ct)
    {
        var value = field.Accept(raw);
        if (value is null || field.Kind != CustomFieldKind.Person) return value;
        return (await refs.UserAsync(field.Key, value, ct)).UserName;
    }
}
