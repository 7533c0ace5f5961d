using Mesa.Core.Common;
using Mesa.Core.Tickets;
using Mesa.Web.Hosting;
using Mesa.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Mesa.Web.Pages.Common;

/// <summary>How the pages show values: instants in the organisation's zone as dd/MM/yyyy HH:mm, enums by their name in the guide.</summary>
public sealed class Display(OrganisationTime time, IStringLocalizer<Ui> ui, RuleText rules)
{
    public DateTimeOffset Now => time.UtcNow;

    public string Date(DateTimeOffset? at) => at is { } instant ? time.Format(instant) : "—";

    /// <summary>A calendar day as dd/MM/yyyy.</summary>
    public string Day(DateOnly day) => day.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value of a <c>datetime-local</c> input, in the organisation's zone.</summary>
    public string DateInput(DateTimeOffset? at) => at is { } instant ? time.ToLocal(instant).ToString("yyyy-MM-dd'T'HH:mm") : "";

    public string State(TicketState state) => rules.Message($"TicketState.{state}");

    /// <summary>Guía §10 tells "Asignada" (to an agent) from "Asignada a un grupo" (no agent yet).</summary>
    public string State(TicketDetails ticket) =>
        ticket.State == TicketState.Assigned && ticket.Agent is null ? ui["State.AssignedToGroup"] : State(ticket.State);

    public string Name(Enum value) => ui[$"{value.GetType().Name}.{value}"];

    /// <summary>Working minutes as a person reads them: "2 h 30 min".</summary>
    public string Minutes(int? minutes) => DurationText.Format(minutes);

    /// <summary>A value of the history as stored (an enum's name for type and levels) in the reader's words.</summary>
    public string FieldValue(string field, string? value) => (field, value) switch
    {
        (_, null) => "—",
        ("Impact" or "Urgency" or "Priority", _) => ui[$"Level.{value}"],
        ("Type", _) => ui[$"TicketType.{value}"],
        (Ticket.MinutesSpentField, _) when int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var minutes) =>
            Minutes(minutes),
        _ => value,
    };

    /// <summary>What a line of the history changed, in words (Guía §14.1): the field and its values, the e-mail queued, the due date passed.</summary>
    public string HistoryChange(HistoryEntry entry,
        IReadOnlyDictionary<string, Core.CustomFields.CustomField>? customFields = null) => (entry.Field, entry.NewValue) switch
        {
            (null, _) => "",
            ("action", { } kind) => ui[$"TicketActionKind.{kind}"],
            ("notification", { } kind) => ui["History.Notification", ui[$"NotificationKind.{kind}"]],
            ("mail", { } kind) => ui["History.MailSent", ui[$"NotificationKind.{kind}"]],
            ("unplaced", { } reason) => ui[$"UnplacedReason.{reason}"],
            ("attachment", { } file) => file,
            ("approval", var skip) when entry.Kind == TicketEventKind.ApprovalSkipped =>
                ui["History.ApprovalStep", entry.OldValue ?? "", ui[$"ApprovalSkipReason.{skip}"]],
            ("approval", var approver) when entry.OldValue is not null => ui["History.ApprovalStep", entry.OldValue, approver ?? "—"],
            ("approval", var flow) => flow ?? "",
            ("response" or "resolution", var due) => ui[$"History.Due.{entry.Field}",
                DateTimeOffset.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, out var at) ? Date(at) : "—"],
            // Guía §14.5: a defined field is named in the history by its name; its label and kind say how to read it.
            ({ } defined, _) when defined.StartsWith(Ticket.DefinedFieldPrefix, StringComparison.Ordinal) &&
                                  customFields?.GetValueOrDefault(defined[Ticket.DefinedFieldPrefix.Length..]) is { } field =>
                ui["History.Field", field.Label, CustomValue(field.Kind, entry.OldValue), CustomValue(field.Kind, entry.NewValue)],
            ({ } defined, _) when defined.StartsWith(Ticket.DefinedFieldPrefix, StringComparison.Ordinal) =>
                ui["History.Field", defined[Ticket.DefinedFieldPrefix.Length..], entry.OldValue ?? "—", entry.NewValue ?? "—"],
            ({ } custom, _) when custom.StartsWith(Ticket.CustomFieldPrefix, StringComparison.Ordinal) =>
                ui["History.Field", custom[Ticket.CustomFieldPrefix.Length..], entry.OldValue ?? "—", entry.NewValue ?? "—"],
            (nameof(TicketDetails.Group), _) => $"{entry.OldValue ?? "—"} → {entry.NewValue ?? "—"}",
            ({ } field, _) => ui["History.Field", ui[$"Field.{field}"], FieldValue(field, entry.OldValue),
                FieldValue(field, entry.NewValue)],
        };

    /// <summary>A file's size as people read it: "850 B", "12 KB", "1,5 MB".</summary>
    public string FileSize(long bytes) => bytes switch
    {
        < 1024 => ui["FileSize.Bytes", bytes],
        < 1024 * 1024 => ui["FileSize.Kilobytes", Math.Round(bytes / 1024d)],
        _ => ui["FileSize.Megabytes", Math.Round(bytes / 1024d / 1024d, 1)],
    };

    /// <summary>A name that starts a line or a heading ("registro" → "Registro").</summary>
    public static string Capitalized(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.CurrentCulture) + text[1..];

    public string YesNo(bool value) => value ? ui["Common.Yes"] : ui["Common.No"];

    /// <summary>
    /// Guía §14.5: a custom field's value as people read it: a number in the reader's way ("1.250,5"), a day as
    /// dd/MM/yyyy, yes or no; text, a choice and a person's user name as kept.
    /// </summary>
    public string CustomValue(Core.CustomFields.CustomFieldKind kind, string? value) => (kind, value) switch
    {
        (_, null or "") => "—",
        (Core.CustomFields.CustomFieldKind.Number, _) when decimal.TryParse(value, System.Globalization.NumberStyles.Number,
            System.Globalization.CultureInfo.InvariantCulture, out var number) =>
            number.ToString("#,##0.############", System.Globalization.CultureInfo.CurrentCulture),
        (Core.CustomFields.CustomFieldKind.Date, _) when DateOnly.TryParseExact(value, "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) => Day(day),
        (Core.CustomFields.CustomFieldKind.Bool, _) => YesNo(value == "true"),
        _ => value,
    };

    public string CustomValue(Core.CustomFields.CustomFieldEntry entry) => CustomValue(entry.Kind, entry.Value);

    public static string Truncate(string? text, int length) =>
        string.IsNullOrEmpty(text) || text.Length <= length ? text ?? "" : text[..(length - 1)].TrimEnd() + "…";
}
