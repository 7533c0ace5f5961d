using System.Text.Json;
using Mesa.Core.Approvals;
using Mesa.Core.Catalog;
using Mesa.Core.CustomFields;
using Mesa.Core.Data;
using Mesa.Core.Mail;
using Mesa.Core.Routing;
using Mesa.Core.Settings;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Administration.Configuration;

/// <summary>
/// The configuration as it is now, as one <see cref="ConfigurationDocument"/>, read through the same administration
/// services the pages use.
/// </summary>
public sealed class ConfigurationExport(MesaDbContext db, CatalogAdministration catalog, RoutingAdministration routing,
    SlaAdministration sla, SubstateAdministration substates, CustomFieldAdministration customFields, ApprovalFlows flows,
    MailTemplates mailTemplates, OrganisationSettings settings)
{
    public async Task<ConfigurationDocument> ExportAsync(CancellationToken ct)
    {
        var document = new ConfigurationDocument
        {
            ServiceTypes = [.. (await catalog.ServiceTypesAsync(ct)).Select(t => new ServiceTypePart(t.Name, t.Active)).OrderBy(t => t.Name, StringComparer.Ordinal)],
            Services = await ServicesAsync(ct),
            Locations = [.. (await catalog.LocationsAsync(ct)).Select(l => new LocationPart(l.Path, l.Active)).OrderBy(l => l.Path, StringComparer.Ordinal)],
            Groups = [.. (await routing.GroupsAsync(ct)).Select(g => new GroupPart(g.Name, g.Tier, g.Mode, g.Active)).OrderBy(g => g.Name, StringComparer.Ordinal)],
            AssignmentRules = [.. (await routing.RulesAsync(ct))
                .Select(r => new RulePart(r.Name, r.Group, r.Type, r.ServiceType, r.Service, r.Category, r.Location, r.Active))
                .OrderBy(r => r.Name, StringComparer.Ordinal)],
            HolidayRules = [.. (await sla.HolidayRulesAsync(ct))
                .Select(r => new HolidayRulePart(r.RuleSet, r.Name, r.Month, r.Day, r.EasterOffset, r.MoveToMonday, r.FromYear, r.ToYear))
                .OrderBy(HolidayRuleKey, StringComparer.Ordinal)],
            Calendars = [.. (await db.Calendars.AsNoTracking().Include(c => c.HolidayChanges).ToListAsync(ct))
                .Select(c => new CalendarPart(c.Name, c.TimeZone, c.HolidayRuleSet,
                    [.. c.Week.Select(w => new WeekPart(w.Day, Clock(w.StartMinute), Clock(w.EndMinute)))],
                    [.. c.HolidayChanges.OrderBy(h => h.Date).Select(h => new HolidayChangePart(h.Date, h.Name, h.Removed))]))
                .OrderBy(c => c.Name, StringComparer.Ordinal)],
            SlaPolicies = [.. (await sla.PoliciesAsync(ct))
                .Select(p => new PolicyPart(p.Name, p.Calendar!.Name, p.IsDefault,
                    [.. p.Targets.OrderBy(t => t.Priority).Select(t => new TargetPart(t.Priority, t.ResponseMinutes, t.ResolutionMinutes))]))
                .OrderBy(p => p.Name, StringComparer.Ordinal)],
            PriorityMatrix = [.. (await sla.MatrixAsync(ct)).Select(c => new MatrixCellPart(c.Impact, c.Urgency, c.Priority))],
            Substates = [.. (await substates.ListAsync(ct))
                .Select(s => new SubstatePart(s.Code, s.Name, s.Description, s.State, s.StopsClock, s.ExtendsDueDate, s.Automatic, s.Position, s.Active))
                .OrderBy(s => s.Code, StringComparer.Ordinal)],
            CustomFields = [.. (await customFields.ListAsync(ct))
                .Select(f => new CustomFieldPart(f.Name, f.Label, f.Kind, [.. f.Choices], f.Required, f.Help, [.. f.Types.Order()],
                    [.. f.Services.Order(StringComparer.Ordinal)], [.. f.Categories.Order(StringComparer.Ordinal)], f.VisibleToRequester,
                    f.Active, f.Position))
                .OrderBy(f => f.Name, StringComparer.Ordinal)],
            ApprovalFlows = await FlowsAsync(ct),
            Templates = await TemplatesAsync(ct),
            MailTemplates = [.. (await mailTemplates.AutomaticAsync(ct)).Where(t => t.Value.Customised)
                .Select(t => new MailTemplatePart(t.Key, t.Value.Subject, t.Value.Body)).OrderBy(t => t.Kind)],
            NoticeTemplates = [.. (await mailTemplates.NoticesAsync(ct)).Select(t => new NoticeTemplatePart(t.Name, t.Subject, t.Body))
                .OrderBy(t => t.Name, StringComparer.Ordinal)],
        };
        // Read from the table, not from the settings in force: inside an import's transaction, what it just saved.
        foreach (var row in await db.Set<Setting>().AsNoTracking().ToListAsync(ct))
        {
            if (SettingDefinition.Find(row.Key) is { Kind: not SettingKind.Secret } definition && !settings.IsFixed(definition.Key))
                document.Settings[JsonNamingPolicy.CamelCase.ConvertName(definition.Key)] = row.Value;
        }

        return document;
    }

    /// <summary>The document as text: the same configuration is always the same text.</summary>
    public async Task<string> TextAsync(CancellationToken ct) =>
        JsonSerializer.Serialize(await ExportAsync(ct), ConfigurationDocument.Json);

    public static string HolidayRuleKey(HolidayRulePart r) =>
        $"{r.RuleSet}|{r.Name}|{r.Month}|{r.Day}|{r.EasterOffset}|{r.FromYear}|{r.ToYear}";

    private static string Clock(int minute) => $"{minute / 60:00}:{minute % 60:00}";

    private async Task<List<ServicePart>> ServicesAsync(CancellationToken ct)
    {
        var parts = new List<ServicePart>();
        foreach (var service in await catalog.ServicesAsync(ct))
        {
            var categories = (await catalog.CategoriesAsync(service.Id, ct))
                .Select(c => new CategoryPart(c.Path, c.Policy, c.Active, c.ApprovalFlow)).OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
            parts.Add(new ServicePart(service.Name, service.ServiceType, service.Policy, service.Active, service.Owner, categories)
            {
                RequiresTimeSpent = service.RequiresTimeSpent,
            });
        }

        return [.. parts.OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    private async Task<List<ApprovalFlowPart>> FlowsAsync(CancellationToken ct)
    {
        var all = await flows.AllAsync(ct);
        var people = await flows.PeopleOfAsync(all, ct);
        return [.. all.Select(f => new ApprovalFlowPart(f.Name, f.Description, f.Active,
                [.. f.Steps.OrderBy(s => s.Position).Select(s => new ApprovalStepPart(s.Name, s.Kind,
                    s.PersonId is { } id ? people.GetValueOrDefault(id) : null, s.ReminderHours, s.TimeoutHours, s.OnTimeout))]))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    private async Task<List<TemplatePart>> TemplatesAsync(CancellationToken ct)
    {
        var templates = await db.TicketTemplates.AsNoTracking().Include(t => t.Fields).Include(t => t.Service).Include(t => t.Category)
            .Include(t => t.ApprovalFlow).ToListAsync(ct);
        return [.. templates.Select(t => new TemplatePart(t.Name, t.Type, t.Service?.Name, t.Category?.Path, t.Impact, t.Urgency,
                t.Instructions, t.Title, t.Description, t.ForRequesters, t.Active, t.ApprovalFlow?.Name,
                [.. t.Fields.OrderBy(f => f.Position).Select(f => new TemplateFieldPart(f.Label, f.Kind, f.Required, f.Options, f.DefaultValue, f.Hint))]))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];
    }
}
