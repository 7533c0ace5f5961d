using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.CustomFields;

/// <summary>
/// Guía §14.5 "Campos personalizados": administrators define the fields, where they apply, whether they are required
/// and whether requesters see them. A field's name and kind are fixed once it exists (tickets keep values under that
/// name, written for that kind); the rest may change at any time and applies to what is filled from then on.
/// </summary>
public sealed class CustomFieldAdministration(MesaDbContext db)
{
    /// <summary>
    /// A field as the admin writes it. Services are names; categories are paths, looked for in the services given, or
    /// in every service without them; a category narrows its service to that subtree. On a change, null keeps a value.
    /// </summary>
    public sealed record CustomFieldInput(
        string? Name = null,
        string? Label = null,
        CustomFieldKind? Kind = null,
        IReadOnlyList<string>? Choices = null,
        bool? Required = null,
        string? Help = null,
        IReadOnlyList<TicketType>? Types = null,
        IReadOnlyList<string>? Services = null,
        IReadOnlyList<string>? Categories = null,
        bool? VisibleToRequester = null,
        bool? Active = null,
        int? Position = null);

    public sealed record CustomFieldView(string Name, string Label, CustomFieldKind Kind, IReadOnlyList<string> Choices,
        bool Required, string? Help, IReadOnlyList<TicketType> Types, IReadOnlyList<string> Services,
        IReadOnlyList<string> Categories, bool VisibleToRequester, bool Active, int Position, int Tickets);

    public async Task<IReadOnlyList<CustomFieldView>> ListAsync(CancellationToken ct)
    {
        var used = await db.Set<TicketField>().Where(f => f.CustomFieldId != null).GroupBy(f => f.CustomFieldId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var fields = await db.CustomFields.AsNoTracking().Include(f => f.Scopes).ThenInclude(s => s.Service)
            .Include(f => f.Scopes).ThenInclude(s => s.Category).AsSplitQuery().ToListAsync(ct);
        return fields.OrderBy(f => f.Position).ThenBy(f => f.Label, StringComparer.CurrentCulture)
            .Select(f => View(f, used.GetValueOrDefault(f.Id))).ToList();
    }

    public async Task<CustomFieldView> GetAsync(string name, CancellationToken ct) =>
        (await ListAsync(ct)).SingleOrDefault(f => f.Name == name.Trim())
        ?? throw new NotFoundException(Rules.UnknownCustomField, name.Trim());

    public async Task<CustomField> CreateAsync(CustomFieldInput input, CancellationToken ct)
    {
        var kind = input.Kind ?? throw new InputException("kind", Rules.Required);
        var position = await db.CustomFields.MaxAsync(f => (int?)f.Position, ct) ?? 0;
        var field = new CustomField(input.Name, kind, position + 1);
        if (await db.CustomFields.AnyAsync(f => f.Name == field.Name, ct))
            throw new InputException("name", Rules.DuplicateCustomField, field.Name);
        field.Define(input.Label, input.Choices, input.Required ?? false, input.Help, OnlyType(input.Types),
            input.VisibleToRequester ?? false, await ScopesAsync(input.Services, input.Categories, ct));
        if (input.Active == false) field.SetActive(false);
        db.CustomFields.Add(field);
        if (input.Position is { } wanted) await PlaceAsync(field, wanted, ct);
        await db.SaveChangesAsync(ct);
        return field;
    }

    public async Task<CustomField> UpdateAsync(string name, CustomFieldInput input, CancellationToken ct)
    {
        var key = name.Trim();
        var field = await db.CustomFields.Include(f => f.Scopes).ThenInclude(s => s.Service)
                        .Include(f => f.Scopes).ThenInclude(s => s.Category).AsSplitQuery()
                        .SingleOrDefaultAsync(f => f.Name == key, ct)
                    ?? throw new NotFoundException(Rules.UnknownCustomField, key);
        if (input.Name is { } renamed && renamed.Trim() != field.Name) throw new InputException("name", Rules.CodeFixed);
        if (input.Kind is { } kind && kind != field.Kind) throw new InputException("kind", Rules.CustomFieldKindFixed, field.Label);
        var scopes = input.Services is null && input.Categories is null
            ? field.Scopes.Select(s => (s.Service, s.Category)).ToList()
            : await ScopesAsync(input.Services, input.Categories, ct);
        field.Define(input.Label ?? field.Label, input.Choices ?? field.ChoiceList, input.Required ?? field.Required,
            input.Help ?? field.Help, input.Types is null ? field.OnlyType : OnlyType(input.Types),
            input.VisibleToRequester ?? field.VisibleToRequester, scopes);
        if (input.Active is { } active) field.SetActive(active);
        if (input.Position is { } position) await PlaceAsync(field, position, ct);
        await db.SaveChangesAsync(ct);
        return field;
    }

    /// <summary>Both types, or none named, is every ticket.</summary>
    private static TicketType? OnlyType(IReadOnlyList<TicketType>? types) =>
        types is null ? null : types.Distinct().ToList() is [var only] ? only : null;

    private async Task<List<(Service Service, Category? Category)>> ScopesAsync(IReadOnlyList<string>? serviceNames,
        IReadOnlyList<string>? categoryPaths, CancellationToken ct)
    {
        var services = new List<Service>();
        foreach (var name in (serviceNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct())
        {
            services.Add(await db.Services.SingleOrDefaultAsync(s => s.Name == name, ct)
                ?? throw new InputException("services", Rules.UnknownService, name));
        }

        var categories = new List<Category>();
        foreach (var path in (categoryPaths ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(TicketReferences.NormalisePath).Distinct())
        {
            var ids = services.Select(s => s.Id).ToList();
            var found = await db.Categories.Where(c => c.Path == path && (ids.Count == 0 || ids.Contains(c.ServiceId)))
                .ToListAsync(ct);
            if (found.Count == 0) throw new InputException("categories", Rules.UnknownCategory, path);
            categories.AddRange(found);
        }

        var serviceIds = categories.Select(c => c.ServiceId).Distinct().Except(services.Select(s => s.Id)).ToList();
        services.AddRange(await db.Services.Where(s => serviceIds.Contains(s.Id)).ToListAsync(ct));
        // A service with categories named applies to those subtrees only; one without, to all of it.
        return services.SelectMany(s => categories.Where(c => c.ServiceId == s.Id).ToList() is { Count: > 0 } within
            ? within.Select(c => (s, (Category?)c))
            : [(s, (Category?)null)]).ToList();
    }

    /// <summary>Puts the field at <paramref name="position"/> (1 is first), the others after it in order.</summary>
    private async Task PlaceAsync(CustomField field, int position, CancellationToken ct)
    {
        var others = await db.CustomFields.Where(f => f.Id != field.Id).ToListAsync(ct);
        var ordered = others.OrderBy(f => f.Position).ThenBy(f => f.Id).ToList();
        ordered.Insert(Math.Clamp(position, 1, ordered.Count + 1) - 1, field);
        for (var i = 0; i < ordered.Count; i++) ordered[i].MoveTo(i + 1);
    }

    private static CustomFieldView View(CustomField f, int tickets) => new(f.Name, f.Label, f.Kind, f.ChoiceList,
        f.Required, f.Help, f.OnlyType is { } type ? [type] : [TicketType.Incident, TicketType.Request],
        f.Scopes.Select(s => s.Service.Name).Distinct().Order(StringComparer.CurrentCulture).ToList(),
        f.Scopes.Where(s => s.Category is not null).Select(s => s.Category!.Path).Distinct()
            .Order(StringComparer.CurrentCulture).ToList(),
        f.VisibleToRequester, f.Active, f.Position, tickets);
}
