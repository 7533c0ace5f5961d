using Mesa.Core.Templates;

namespace Mesa.Web.Api.Templates;

/// <summary>A template as the API shows it: enum values in kebab-case, a choice field's options as a list.</summary>
public static class TemplateJson
{
    public static object Summary(TicketTemplates.TemplateSummary t) => new
    {
        t.Id,
        t.Name,
        t.Instructions,
        Type = ApiEnums.Name(t.Type),
        t.Service,
        t.Category,
        t.FieldCount,
        t.ForRequesters,
        t.Active,
    };

    public static object Full(TicketTemplate t) => new
    {
        t.Id,
        t.Name,
        t.Instructions,
        Type = ApiEnums.Name(t.Type),
        Service = t.Service?.Name,
        Category = t.Category?.Path,
        Impact = ApiEnums.Name(t.Impact),
        Urgency = ApiEnums.Name(t.Urgency),
        t.Title,
        t.Description,
        t.ForRequesters,
        t.Active,
        ApprovalFlow = t.ApprovalFlow?.Name,
        Fields = t.Fields.Select(f => new
        {
            f.Label,
            Kind = ApiEnums.Name(f.Kind),
            f.Required,
            Options = f.OptionList,
            Default = f.DefaultValue,
            f.Hint,
        }),
    };
}
