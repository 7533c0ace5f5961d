using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mesa.Core.Approvals;
using Mesa.Core.CustomFields;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;

namespace Mesa.Core.Administration.Configuration;

/// <summary>
/// Guía §4, the platform as its administrators set it, in one JSON document: the catalogue and its trees, the groups
/// and their rules, calendars and holidays, ANS policies and the matrix, substates, custom fields, approval flows,
/// templates, the mail templates and the settings set in the browser. It holds no people (they come from the directory
/// or the people pages), no group members, no mailboxes and no secret. Every list is in the order of its key, so that
/// two exports of the same configuration are the same text.
/// </summary>
public sealed record ConfigurationDocument
{
    public const int CurrentVersion = 1;

    /// <summary>How the document travels: camelCase names, enums in kebab case ("round-robin"), text as written.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // A document is read strictly: no field it does not know, none left out, no null where a value belongs.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public int Version { get; init; } = CurrentVersion;

    /// <summary>The settings an administrator set in the browser, by the API's key ("ticketPrefix"); no password.</summary>
    public SortedDictionary<string, string> Settings { get; init; } = new(StringComparer.Ordinal);

    public List<ServiceTypePart> ServiceTypes { get; init; } = [];

    public List<ServicePart> Services { get; init; } = [];

    public List<LocationPart> Locations { get; init; } = [];

    public List<GroupPart> Groups { get; init; } = [];

    public List<RulePart> AssignmentRules { get; init; } = [];

    public List<HolidayRulePart> HolidayRules { get; init; } = [];

    public List<CalendarPart> Calendars { get; init; } = [];

    public List<PolicyPart> SlaPolicies { get; init; } = [];

    public List<MatrixCellPart> PriorityMatrix { get; init; } = [];

    public List<SubstatePart> Substates { get; init; } = [];

    public List<CustomFieldPart> CustomFields { get; init; } = [];

    public List<ApprovalFlowPart> ApprovalFlows { get; init; } = [];

    public List<TemplatePart> Templates { get; init; } = [];

    /// <summary>The automatic notices whose words the organisation wrote (the others keep Mesa's).</summary>
    public List<MailTemplatePart> MailTemplates { get; init; } = [];

    /// <summary>The <i>Notificar</i> templates (Guía §15.1).</summary>
    public List<NoticeTemplatePart> NoticeTemplates { get; init; } = [];

    /// <summary>The first list with an empty entry (<c>null</c> in the JSON), which the reading rules cannot see.</summary>
    public string? EmptyEntry()
    {
        var lists = new (string Part, System.Collections.IEnumerable Items)[]
        {
            ("serviceTypes", ServiceTypes), ("services", Services), ("locations", Locations), ("groups", Groups),
            ("assignmentRules", AssignmentRules), ("holidayRules", HolidayRules), ("calendars", Calendars),
            ("slaPolicies", SlaPolicies), ("priorityMatrix", PriorityMatrix), ("substates", Substates),
            ("customFields", CustomFields), ("approvalFlows", ApprovalFlows), ("templates", Templates),
            ("mailTemplates", MailTemplates), ("noticeTemplates", NoticeTemplates),
        }.Concat(Services.Where(s => s is not null).Select(s => ($"services[{s.Name}].categories", (System.Collections.IEnumerable)s.Categories)))
         .Concat(Calendars.Where(c => c is not null).SelectMany(c => new[] { ($"calendars[{c.Name}].week", (System.Collections.IEnumerable)c.Week), ($"calendars[{c.Name}].holidays", c.Holidays) }))
         .Concat(SlaPolicies.Where(p => p is not null).Select(p => ($"slaPolicies[{p.Name}].targets", (System.Collections.IEnumerable)p.Targets)))
         .Concat(CustomFields.Where(f => f is not null).SelectMany(f => new[] { ($"customFields[{f.Name}].choices", (System.Collections.IEnumerable)f.Choices), ($"customFields[{f.Name}].services", f.Services), ($"customFields[{f.Name}].categories", f.Categories) }))
         .Concat(ApprovalFlows.Where(f => f is not null).Select(f => ($"approvalFlows[{f.Name}].steps", (System.Collections.IEnumerable)f.Steps)))
         .Concat(Templates.Where(t => t is not null).Select(t => ($"templates[{t.Name}].fields", (System.Collections.IEnumerable)t.Fields)));
        return lists.FirstOrDefault(l => l.Item2.Cast<object?>().Any(i => i is null)).Item1;
    }
}

public sealed record ServiceTypePart(string Name, bool Active = true);

/// <summary>A service; <see cref="Owner"/> is a person's user name (the approval flows' service owner).</summary>
public sealed record ServicePart(string Name, string? ServiceType, string? Policy, bool Active, string? Owner,
    List<CategoryPart> Categories)
{
    /// <summary>Every action on its tickets must say the minutes it took (absent in older files: not required).</summary>
    public bool RequiresTimeSpent { get; init; }
}

public sealed record CategoryPart(string Path, string? Policy, bool Active, string? ApprovalFlow);

public sealed record LocationPart(string Path, bool Active);

public sealed record GroupPart(string Name, int Tier, AssignmentMode Mode, bool Active);

public sealed record RulePart(string Name, string Group, TicketType? Type, string? ServiceType, string? Service, string? Category,
    string? Location, bool Active);

public sealed record HolidayRulePart(string RuleSet, string Name, int? Month, int? Day, int? EasterOffset, bool MoveToMonday,
    int? FromYear, int? ToYear);

/// <summary>A calendar: its week as "07:00"–"12:00" stretches, and the dates an administrator added or removed.</summary>
public sealed record CalendarPart(string Name, string TimeZone, string? HolidayRuleSet, List<WeekPart> Week,
    List<HolidayChangePart> Holidays);

public sealed record WeekPart(DayOfWeek Day, string Start, string End);

/// <summary>A date off added to the calendar, or a public holiday it works (<see cref="Removed"/>).</summary>
public sealed record HolidayChangePart(DateOnly Date, string Name, bool Removed);

public sealed record PolicyPart(string Name, string Calendar, bool IsDefault, List<TargetPart> Targets);

public sealed record TargetPart(Level Priority, int ResponseMinutes, int ResolutionMinutes);

public sealed record MatrixCellPart(Level Impact, Level Urgency, Level Priority);

public sealed record SubstatePart(string Code, string Name, string Description, TicketState State, bool StopsClock,
    bool ExtendsDueDate, bool Automatic, int Position, bool Active);

public sealed record CustomFieldPart(string Name, string Label, CustomFieldKind Kind, List<string> Choices, bool Required,
    string? Help, List<TicketType> Types, List<string> Services, List<string> Categories, bool VisibleToRequester, bool Active,
    int Position);

public sealed record ApprovalFlowPart(string Name, string? Description, bool Active, List<ApprovalStepPart> Steps);

/// <summary>A step; <see cref="Person"/> is a user name, for an approver of kind person.</summary>
public sealed record ApprovalStepPart(string Name, ApproverKind Kind, string? Person, int? ReminderHours, int? TimeoutHours,
    ApprovalTimeoutOutcome OnTimeout);

public sealed record TemplatePart(string Name, TicketType Type, string? Service, string? Category, Level Impact, Level Urgency,
    string? Instructions, string? Title, string? Description, bool ForRequesters, bool Active, string? ApprovalFlow,
    List<TemplateFieldPart> Fields);

public sealed record TemplateFieldPart(string Label, TemplateFieldKind Kind, bool Required, string? Options, string? DefaultValue,
    string? Hint);

public sealed record MailTemplatePart(Mail.NotificationKind Kind, string Subject, string Body);

public sealed record NoticeTemplatePart(string Name, string Subject, string Body);
