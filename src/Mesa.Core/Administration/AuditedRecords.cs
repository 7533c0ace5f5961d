using Mesa.Core.Approvals;
using Mesa.Core.Catalog;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.People.Security;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Templates;
using Mesa.Core.Tickets;

namespace Mesa.Core.Administration;

/// <summary>
/// The records that make up the configuration, each with the word the audit log uses for it. A save that changes one
/// of them from an admin page or the admin API is recorded; tickets and their history have histories of their own.
/// </summary>
public static class AuditedRecords
{
    private static readonly Dictionary<Type, string> Records = new()
    {
        [typeof(User)] = "person",
        [typeof(SupportGroup)] = "group",
        [typeof(AssignmentRule)] = "assignment-rule",
        [typeof(Service)] = "service",
        [typeof(ServiceType)] = "service-type",
        [typeof(Category)] = "category",
        [typeof(Location)] = "location",
        [typeof(BusinessCalendar)] = "calendar",
        [typeof(HolidayRule)] = "holiday-rule",
        [typeof(SlaPolicy)] = "sla-policy",
        [typeof(PriorityMatrixCell)] = "priority-matrix",
        [typeof(Substate)] = "substate",
        [typeof(TicketTemplate)] = "template",
        [typeof(TemplateField)] = "template-field",
        [typeof(CustomFields.CustomField)] = "custom-field",
        [typeof(CustomFields.CustomFieldScope)] = "custom-field-scope",
        [typeof(Settings.Setting)] = "setting",
        [typeof(MailTemplate)] = "mail-template",
        [typeof(Mail.Inbound.Mailbox)] = "mailbox",
        [typeof(ApprovalFlow)] = "approval-flow",
        [typeof(SecurityPolicy)] = "security-policy",
        [typeof(ApiToken)] = "token",
        [typeof(Integrations.Webhook)] = "webhook",
    };

    /// <summary>Every record word, for the audit page's filter.</summary>
    public static IReadOnlyList<string> All { get; } = Records.Values.Order(StringComparer.Ordinal).ToList();

    public static string? Of(Type type) => Records.GetValueOrDefault(type);

    /// <summary>
    /// Fields that are never written into the log: what would let someone sign in as another (a password's hash, a
    /// token's hash, a stamp), and what only repeats another field (the normalized forms Identity keeps).
    /// A change to a secret is recorded as changed, without its value.
    /// </summary>
    public static bool IsSecret(string property) =>
        property is nameof(User.PasswordHash) or nameof(User.SecurityStamp) or nameof(ApiToken.Hash)
        || property.Contains("Password", StringComparison.Ordinal) || property.Contains("Secret", StringComparison.Ordinal);

    /// <summary>A record whose value is a secret throughout: a setting that keeps a password.</summary>
    public static bool HoldsSecret(object record) =>
        record is Settings.Setting setting && Settings.SettingDefinition.Find(setting.Key)?.Kind == Settings.SettingKind.Secret;

    public static bool IsNoise(string property) =>
        property is nameof(User.ConcurrencyStamp) or nameof(User.NormalizedUserName) or nameof(User.NormalizedEmail)
            or nameof(User.AccessFailedCount) or nameof(User.EmailConfirmed) or nameof(User.PhoneNumberConfirmed)
            or nameof(User.TwoFactorEnabled) or nameof(User.LockoutEnabled) or nameof(User.IsSystem)
            or nameof(User.AwaitingConfirmation) or "Version" or "UpdatedAt" or "ChangedAt" or "ChangedById";

    /// <summary>What a secret's value is shown as.</summary>
    public const string Hidden = "••••••";
}
