using Mesa.Core.Catalog;
using Mesa.Core.Jobs;
using Mesa.Core.Mail;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Core.Data;

/// <summary>
/// The one database of Mesa. The provider (SQLite or PostgreSQL) and its migrations assembly are chosen at start-up;
/// the model is the same for both except for how instants are stored (see <see cref="ConfigureConventions"/>).
/// </summary>
public sealed class MesaDbContext(DbContextOptions<MesaDbContext> options)
    : IdentityDbContext<User, Role, long>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The keys that sign cookies, antiforgery tokens and e-mailed links, kept in the database so that every
    /// instance behind a balancer reads and writes the same ones.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<Approvals.TicketApproval> TicketApprovals => Set<Approvals.TicketApproval>();
    public DbSet<Approvals.ApprovalFlow> ApprovalFlows => Set<Approvals.ApprovalFlow>();

    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();

    public DbSet<TicketAction> TicketActions => Set<TicketAction>();

    public DbSet<TicketDraft> TicketDrafts => Set<TicketDraft>();

    public DbSet<Substate> Substates => Set<Substate>();

    public DbSet<TicketCounter> TicketCounters => Set<TicketCounter>();

    public DbSet<Service> Services => Set<Service>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<ServiceType> ServiceTypes => Set<ServiceType>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<SupportGroup> Groups => Set<SupportGroup>();

    public DbSet<GroupMembership> GroupMemberships => Set<GroupMembership>();

    public DbSet<AssignmentRule> AssignmentRules => Set<AssignmentRule>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Mail.Inbound.ReceivedMail> ReceivedMails => Set<Mail.Inbound.ReceivedMail>();

    public DbSet<Mail.Inbound.RefusedMail> RefusedMails => Set<Mail.Inbound.RefusedMail>();

    public DbSet<Attachments.Attachment> Attachments => Set<Attachments.Attachment>();

    public DbSet<Mail.MailTemplate> MailTemplates => Set<Mail.MailTemplate>();

    public DbSet<Templates.TicketTemplate> TicketTemplates => Set<Templates.TicketTemplate>();

    public DbSet<CustomFields.CustomField> CustomFields => Set<CustomFields.CustomField>();

    public DbSet<Mail.Inbound.Mailbox> Mailboxes => Set<Mail.Inbound.Mailbox>();

    public DbSet<Settings.Setting> Settings => Set<Settings.Setting>();

    public DbSet<Alerts.AgentAlert> AgentAlerts => Set<Alerts.AgentAlert>();

    public DbSet<Knowledge.KnowledgeArticle> KnowledgeArticles => Set<Knowledge.KnowledgeArticle>();

    public DbSet<Problems.Problem> Problems => Set<Problems.Problem>();

    public DbSet<TicketReference> TicketReferences => Set<TicketReference>();

    public DbSet<Changes.ChangeRequest> Changes => Set<Changes.ChangeRequest>();

    public DbSet<Changes.Release> Releases => Set<Changes.Release>();

    public DbSet<Tasks.WorkTask> Tasks => Set<Tasks.WorkTask>();

    public DbSet<SavedFilter> SavedFilters => Set<SavedFilter>();

    public DbSet<Reports.ReportSchedule> ReportSchedules => Set<Reports.ReportSchedule>();

    public DbSet<Reports.ReportDelivery> ReportDeliveries => Set<Reports.ReportDelivery>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<SignInLink> SignInLinks => Set<SignInLink>();

    public DbSet<People.Directory.DirectorySyncRun> DirectorySyncs => Set<People.Directory.DirectorySyncRun>();

    public DbSet<People.Directory.DirectoryChange> DirectoryChanges => Set<People.Directory.DirectoryChange>();

    public DbSet<BusinessCalendar> Calendars => Set<BusinessCalendar>();

    public DbSet<HolidayRule> HolidayRules => Set<HolidayRule>();

    public DbSet<SlaPolicy> SlaPolicies => Set<SlaPolicy>();

    public DbSet<Integrations.Webhook> Webhooks => Set<Integrations.Webhook>();

    public DbSet<Integrations.WebhookDelivery> WebhookDeliveries => Set<Integrations.WebhookDelivery>();

    public DbSet<Following.TicketFollow> TicketFollows => Set<Following.TicketFollow>();

    public DbSet<Following.BellNotification> BellNotifications => Set<Following.BellNotification>();

    public DbSet<Responses.PreparedAnswer> PreparedAnswers => Set<Responses.PreparedAnswer>();

    public DbSet<PriorityMatrixCell> PriorityMatrix => Set<PriorityMatrixCell>();

    /// <summary>Every save first checks the model's text lengths (<see cref="TextLimits"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        if (detect) ChangeTracker.DetectChanges();
        TextLimits.Check(ChangeTracker);
        // Changes were just detected; the save need not compare every tracked entity a second time.
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ChangeTracker.AutoDetectChangesEnabled) ChangeTracker.DetectChanges();
        TextLimits.Check(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MesaDbContext).Assembly);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no instant type and cannot compare DateTimeOffset text in queries; the binary form keeps the
        // UTC order, so "due before now" and "sorted by date" translate. PostgreSQL stores timestamptz natively.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }

        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Conventions.Replace<ForeignKeyIndexConvention>(services =>
            new SelectiveForeignKeyIndexConvention(services.GetRequiredService<ProviderConventionSetBuilderDependencies>()));
    }
}
