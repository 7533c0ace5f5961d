using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Templates;

/// <summary>
/// Guía §5 Plantilla and §11 "Nuevo registro desde plantilla": the templates people may fill (agents all active ones,
/// requesters those offered in the portal) and the admin's upkeep of them.
/// </summary>
public sealed class TicketTemplates(MesaDbContext db, TicketReferences refs, Approvals.ApprovalFlows flows)
{
    /// <summary>One line of a list of templates.</summary>
    public sealed record TemplateSummary(long Id, string Name, string? Instructions, TicketType Type, string? Service,
        string? Category, int FieldCount, bool ForRequesters, bool Active);

    /// <summary>The active templates this person may fill, by name.</summary>
    public async Task<IReadOnlyList<TemplateSummary>> AvailableAsync(Actor by, CancellationToken ct) =>
        await Summaries(db.TicketTemplates.Where(t => t.Active && (by.IsStaff || t.ForRequesters))).ToListAsync(ct);

    /// <summary>Every template, active or not, for the admin.</summary>
    public async Task<IReadOnlyList<TemplateSummary>> AllAsync(CancellationToken ct) =>
        await Summaries(db.TicketTemplates).ToListAsync(ct);

    /// <summary>A template this person may fill, by id or name, with its fields in order; otherwise <see cref="Rules.UnknownTemplate"/>.</summary>
    public async Task<TicketTemplate> AvailableAsync(Actor by, string idOrName, CancellationToken ct) =>
        await FindAvailableAsync(by, idOrName, ct) ?? throw new NotFoundException(Rules.UnknownTemplate, idOrName);

    /// <summary>A template this person may fill, by id or name, or null.</summary>
    public async Task<TicketTemplate?> FindAvailableAsync(Actor by, string idOrName, CancellationToken ct)
    {
        var template = await FindAsync(idOrName, ct);
        return template is { Active: true } && (by.IsStaff || template.ForRequesters) ? template : null;
    }

    /// <summary>Any template by id, for the admin's form.</summary>
    public async Task<TicketTemplate> GetAsync(long id, CancellationToken ct) =>
        await FindAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct)
        ?? throw new NotFoundException(Rules.UnknownTemplate, id);

    /// <summary>Creates a template, or redefines the one with <paramref name="id"/>; names are unique.</summary>
    public async Task<TicketTemplate> SaveAsync(long? id, TemplateDefinition definition, CancellationToken ct)
    {
        var (service, category) = await refs.ClassificationAsync(definition.Service, definition.Category, ct);
        var flow = await flows.NamedAsync("approvalFlow", definition.ApprovalFlow, ct);
        TicketTemplate template;
        if (id is { } key)
        {
            template = await GetAsync(key, ct);
            template.Define(definition, service, category);
        }
        else
        {
            template = db.TicketTemplates.Add(new TicketTemplate(definition, service, category)).Entity;
        }

        template.UseApprovalFlow(flow);
        if (await db.TicketTemplates.AnyAsync(t => t.Id != template.Id && t.Name == template.Name, ct))
            throw new InputException("name", Rules.DuplicateName, template.Name);
        await db.SaveChangesAsync(ct);
        return template;
    }

    private async Task<TicketTemplate?> FindAsync(string idOrName, CancellationToken ct)
    {
        var query = db.TicketTemplates.Include(t => t.Fields.OrderBy(f => f.Position)).Include(t => t.Service).Include(t => t.Category)
            .Include(t => t.ApprovalFlow);
        var name = idOrName.Trim();
        return long.TryParse(name, out var id)
            ? await query.SingleOrDefaultAsync(t => t.Id == id, ct)
            : await query.SingleOrDefaultAsync(t => t.Name == name, ct);
    }

    private static IQueryable<TemplateSummary> Summaries(IQueryable<TicketTemplate> templates) =>
        templates.OrderBy(t => t.Name).Select(t => new TemplateSummary(t.Id, t.Name, t.Instructions, t.Type,
            t.Service == null ? null : t.Service.Name, t.Category == null ? null : t.Category.Path, t.Fields.Count,
            t.ForRequesters, t.Active));
}
