using Mesa.Core.Approvals;
using Mesa.Core.Catalog;
using Mesa.Core.Common;
using Mesa.Core.CustomFields;
using Mesa.Core.Data;
using Mesa.Core.Mail;
using Mesa.Core.Routing;
using Mesa.Core.Settings;
using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.Administration.Configuration;

/// <summary>What a part of the document could not become, and why (a rule and its arguments, as the pages word them).</summary>
public sealed record ConfigurationProblem(string Where, string? Field, string Rule, IReadOnlyList<object> Arguments);

/// <summary>
/// What an import did, or would do: the records it adds or changes, field by field; the records this installation has
/// and the document does not name (left as they are); and the problems that stopped it.
/// </summary>
public sealed record ConfigurationImportResult(bool DryRun, bool Applied, IReadOnlyList<ConfigurationChange> Changes,
    IReadOnlyList<ConfigurationRecord> NotInDocument, IReadOnlyList<ConfigurationProblem> Problems);

/// <summary>
/// Takes a <see cref="ConfigurationDocument"/>: each record named in it is created, or changed to be as it says, through
/// the same administration services (and so the same rules) as the pages; nothing is removed, since tickets point at it.
/// All of it is one transaction: with any problem nothing is kept, and a dry run makes every change and rolls it back,
/// so that what it shows is what the import does. What would break existing tickets is refused by those rules: a
/// substate's state or a custom field's kind never change, the guide's automatic substates keep their flags.
/// </summary>
public sealed class ConfigurationImport(MesaDbContext db, ConfigurationExport export, CatalogAdministration catalog,
    RoutingAdministration routing, SlaAdministration sla, SubstateAdministration substates,
    CustomFieldAdministration customFields, ApprovalFlows flows, TicketTemplates templates, MailTemplates mailTemplates,
    OrganisationSettings settings, SettingsStore store)
{
    private readonly List<ConfigurationProblem> _problems = [];

    public async Task<ConfigurationImportResult> ImportAsync(ConfigurationDocument document, bool dryRun, CancellationToken ct)
    {
        if (document.Version != ConfigurationDocument.CurrentVersion)
            throw new InputException("version", Rules.ConfigurationVersion, document.Version, ConfigurationDocument.CurrentVersion);
        var before = await export.ExportAsync(ct);
        db.ChangeTracker.Clear();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            _problems.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await ApplyAsync(document, ct);
            var after = _problems.Count == 0 ? await export.ExportAsync(ct) : before;
            var apply = !dryRun && _problems.Count == 0;
            if (apply) await transaction.CommitAsync(ct);
            else await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            // The settings read at a save inside the transaction were the committed ones: read them again now.
            await store.LoadAsync(ct);
            return new ConfigurationImportResult(dryRun, apply, ConfigurationDifferences.Between(before, after),
                ConfigurationDifferences.NotIn(before, document), [.. _problems]);
        });
    }

    private async Task ApplyAsync(ConfigurationDocument d, CancellationToken ct)
    {
        // A setting this server's own configuration fixes stays as the server says, as it does everywhere.
        var values = d.Settings.Where(s => !settings.IsFixed(s.Key)).ToDictionary(s => s.Key, string? (s) => s.Value);
        if (values.Count > 0) await StepAsync("settings", () => settings.SaveAsync(values, ct));

        var serviceTypes = (await catalog.ServiceTypesAsync(ct)).ToDictionary(t => t.Name, t => t.Id);
        foreach (var t in d.ServiceTypes)
            await StepAsync($"serviceTypes[{t.Name}]", () => catalog.SaveServiceTypeAsync(serviceTypes.TryGetValue(t.Name, out var id) ? id : null, t.Name, t.Active, ct));

        var rules = (await sla.HolidayRulesAsync(ct)).Select(r => ConfigurationExport.HolidayRuleKey(Part(r))).ToHashSet(StringComparer.Ordinal);
        foreach (var r in d.HolidayRules.Where(r => !rules.Contains(ConfigurationExport.HolidayRuleKey(r))))
            await StepAsync($"holidayRules[{r.RuleSet} {r.Name}]", () => sla.AddHolidayRuleAsync(HolidayRuleOf(r), ct));

        foreach (var c in d.Calendars) await StepAsync($"calendars[{c.Name}]", () => CalendarAsync(c, ct));

        var policies = (await sla.PoliciesAsync(ct)).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var p in d.SlaPolicies)
        {
            var input = new SlaAdministration.PolicyInput(p.Name, p.Calendar, p.IsDefault,
                [.. p.Targets.Select(t => new SlaTarget(t.Priority, t.ResponseMinutes, t.ResolutionMinutes))]);
            await StepAsync($"slaPolicies[{p.Name}]", () => policies.Contains(p.Name) ? sla.UpdatePolicyAsync(p.Name, input, ct) : sla.CreatePolicyAsync(input, ct));
        }

        if (d.PriorityMatrix.Count > 0)
            await StepAsync("priorityMatrix", () => sla.SetMatrixAsync([.. d.PriorityMatrix.Select(c => new PriorityMatrixCell(c.Impact, c.Urgency, c.Priority))], ct));

        var flowIds = (await flows.AllAsync(ct)).ToDictionary(f => f.Name, f => f.Id);
        foreach (var f in d.ApprovalFlows)
        {
            var definition = new ApprovalFlowDefinition(f.Name, f.Description, f.Active,
                [.. f.Steps.Select(s => new ApprovalStepDefinition(s.Name, s.Kind, s.Person, s.ReminderHours, s.TimeoutHours, s.OnTimeout))]);
            await StepAsync($"approvalFlows[{f.Name}]", () => flows.SaveAsync(flowIds.TryGetValue(f.Name, out var id) ? id : null, definition, ct));
        }

        var services = (await catalog.ServicesAsync(ct)).ToDictionary(s => s.Name, s => s.Id);
        foreach (var s in d.Services)
            await StepAsync($"services[{s.Name}]", () => ServiceAsync(s, services.TryGetValue(s.Name, out var id) ? id : null, ct));

        foreach (var l in d.Locations.OrderBy(l => l.Path, StringComparer.Ordinal))
            await StepAsync($"locations[{l.Path}]", async () =>
            {
                var node = await catalog.AddLocationAsync(l.Path, ct);
                await catalog.UpdateLocationAsync(node.Id, node.Name, l.Active, ct);
            });

        var groups = (await routing.GroupsAsync(ct)).ToDictionary(g => g.Name);
        foreach (var g in d.Groups)
        {
            // The document holds no people: a group keeps the members and supervisors it has here.
            var current = groups.GetValueOrDefault(g.Name);
            var input = new RoutingAdministration.GroupInput(g.Name, g.Tier, g.Mode, g.Active,
                [.. current?.Members.Select(p => p.UserName) ?? []], [.. current?.Supervisors.Select(p => p.UserName) ?? []]);
            await StepAsync($"groups[{g.Name}]", () => routing.SaveGroupAsync(current?.Id, input, ct));
        }

        foreach (var r in d.AssignmentRules)
        {
            var input = new RoutingAdministration.RuleInput(r.Name, r.Group, r.Type, r.ServiceType, r.Service, r.Category, r.Location, r.Active);
            await StepAsync($"assignmentRules[{r.Name}]", async () => await routing.SaveRuleAsync(await routing.RuleIdAsync(r.Name, ct), input, ct));
        }

        var codes = (await substates.ListAsync(ct)).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var s in d.Substates.OrderBy(s => s.State).ThenBy(s => s.Position))
        {
            var input = new SubstateAdministration.SubstateInput(s.Code, s.Name, s.Description, s.State, s.StopsClock, s.ExtendsDueDate,
                s.Automatic, s.Position, s.Active);
            await StepAsync($"substates[{s.Code}]", () => codes.Contains(s.Code) ? substates.UpdateAsync(s.Code, input, ct) : substates.CreateAsync(input, ct));
        }

        var fields = (await customFields.ListAsync(ct)).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var f in d.CustomFields)
        {
            var input = new CustomFieldAdministration.CustomFieldInput(f.Name, f.Label, f.Kind, f.Choices, f.Required, f.Help ?? "",
                f.Types, f.Services, f.Categories, f.VisibleToRequester, f.Active, f.Position);
            await StepAsync($"customFields[{f.Name}]", () => fields.Contains(f.Name)
                ? customFields.UpdateAsync(f.Name, input with { Name = null }, ct)
                : customFields.CreateAsync(input, ct));
        }

        var templateIds = (await templates.AllAsync(ct)).ToDictionary(t => t.Name, t => t.Id);
        foreach (var t in d.Templates)
        {
            var definition = new TemplateDefinition(t.Name, t.Type,
                [.. t.Fields.Select(f => new TemplateFieldInput(f.Label, f.Kind, f.Required, f.Options, f.DefaultValue, f.Hint))],
                t.Service, t.Category, t.Impact, t.Urgency, t.Instructions, t.Title, t.Description, t.ForRequesters, t.Active, t.ApprovalFlow);
            await StepAsync($"templates[{t.Name}]", () => templates.SaveAsync(templateIds.TryGetValue(t.Name, out var id) ? id : null, definition, ct));
        }

        foreach (var m in d.MailTemplates)
            await StepAsync($"mailTemplates[{m.Kind}]", () => mailTemplates.SaveAutomaticAsync(m.Kind, m.Subject, m.Body, ct));

        var notices = (await mailTemplates.NoticesAsync(ct)).ToDictionary(n => n.Name, n => n.Id);
        foreach (var n in d.NoticeTemplates)
            await StepAsync($"noticeTemplates[{n.Name}]", () => mailTemplates.SaveNoticeAsync(notices.TryGetValue(n.Name, out var id) ? id : null, n.Name, n.Subject, n.Body, ct));
    }

    /// <summary>A calendar as the document says: its week, and exactly the dates it adds or removes.</summary>
    private async Task CalendarAsync(CalendarPart c, CancellationToken ct)
    {
        var week = new List<WorkingInterval>();
        foreach (var w in c.Week)
        {
            try
            {
                week.Add(WorkingInterval.Parse(w.Day, w.Start, w.End));
            }
            catch (FormatException)
            {
                throw new InputException("week", Rules.InvalidValue, $"{w.Day} {w.Start}–{w.End}");
            }
        }

        var input = new SlaAdministration.CalendarInput(c.Name, c.TimeZone, c.HolidayRuleSet, week);
        var exists = await db.Calendars.AnyAsync(x => x.Name == c.Name, ct);
        var calendar = exists ? await sla.UpdateCalendarAsync(c.Name, input, ct) : await sla.CreateCalendarAsync(input, ct);
        var current = calendar.HolidayChanges.ToList();
        foreach (var old in current.Where(o => !c.Holidays.Any(h => h.Date == o.Date && h.Removed == o.Removed && h.Name == o.Name)))
            await sla.ResetHolidayAsync(c.Name, old.Date, ct);
        foreach (var h in c.Holidays.Where(h => !current.Any(o => o.Date == h.Date && o.Removed == h.Removed && o.Name == h.Name)))
        {
            if (h.Removed) await sla.RemoveHolidayAsync(c.Name, h.Date, ct);
            else await sla.AddHolidayAsync(c.Name, h.Date, h.Name, ct);
        }
    }

    /// <summary>A service, its owner and its category tree, parents before children.</summary>
    private async Task ServiceAsync(ServicePart s, long? id, CancellationToken ct)
    {
        var service = await catalog.SaveServiceAsync(id, new CatalogAdministration.ServiceInput(s.Name, s.ServiceType, s.Policy, s.Active,
            s.RequiresTimeSpent), ct);
        await flows.SetServiceOwnerAsync(service.Id, s.Owner, ct);
        foreach (var c in s.Categories.OrderBy(c => c.Path, StringComparer.Ordinal))
        {
            var node = await catalog.AddCategoryAsync(service.Id, c.Path, null, ct);
            await catalog.UpdateCategoryAsync(node.Id, node.Name, c.Policy, c.Active, ct);
            await flows.SetCategoryFlowAsync(node.Id, c.ApprovalFlow, ct);
        }
    }

    /// <summary>Runs one part; a refusal is written down with where it happened, and what it left unsaved is dropped.</summary>
    private async Task StepAsync(string where, Func<Task> step)
    {
        try
        {
            await step();
        }
        catch (Exception error) when (error is InputException or DomainException or NotFoundException or ArgumentException)
        {
            db.ChangeTracker.Clear();
            _problems.Add(error switch
            {
                InputException i => new ConfigurationProblem(where, i.Field, i.Rule, i.Arguments),
                DomainException r => new ConfigurationProblem(where, null, r.Rule, r.Arguments),
                NotFoundException n => new ConfigurationProblem(where, null, n.Rule, n.Arguments),
                _ => new ConfigurationProblem(where, null, Rules.InvalidValue, [error.Message]),
            });
        }
    }

    private static HolidayRulePart Part(HolidayRule r) =>
        new(r.RuleSet, r.Name, r.Month, r.Day, r.EasterOffset, r.MoveToMonday, r.FromYear, r.ToYear);

    private static HolidayRule HolidayRuleOf(HolidayRulePart r)
    {
        if (string.IsNullOrWhiteSpace(r.RuleSet) || r.RuleSet.Length > HolidayRule.RuleSetMaxLength)
            throw new InputException("ruleSet", Rules.InvalidValue, r.RuleSet ?? "");
        if (string.IsNullOrWhiteSpace(r.Name) || r.Name.Length > HolidayRule.NameMaxLength)
            throw new InputException("name", Rules.InvalidValue, r.Name ?? "");
        if (r.EasterOffset is null && (r.Month is not (>= 1 and <= 12) || r.Day is not (>= 1 and <= 31)))
            throw new InputException("month", Rules.InvalidValue, $"{r.Month}/{r.Day}");
        if (r.EasterOffset is < -100 or > 200) throw new InputException("easterOffset", Rules.OutOfRange, -100, 200);
        if (r.FromYear is < 1900 or > 2200 || r.ToYear is < 1900 or > 2200) throw new InputException("fromYear", Rules.OutOfRange, 1900, 2200);
        return new HolidayRule(r.RuleSet, r.Name, r.Month, r.Day, r.EasterOffset, r.MoveToMonday, r.FromYear, r.ToYear);
    }
}
