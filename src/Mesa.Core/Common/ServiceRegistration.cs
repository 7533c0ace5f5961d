using Mesa.Core.Catalog;
using Mesa.Core.Data;
using Mesa.Core.Demo;
using Mesa.Core.People;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Mesa.Core.Common;

public static class ServiceRegistration
{
    /// <summary>The domain's use cases and queries; the host adds the database, Identity, data protection and the clock.</summary>
    public static IServiceCollection AddMesaCore(this IServiceCollection services) => services
        .AddSingleton<OrganisationTime>()
        .AddSingleton<Settings.SettingsStore>()
        .AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<MesaSettings>, Settings.SettingsFromDatabase>()
        .AddSingleton<Microsoft.Extensions.Options.IOptionsChangeTokenSource<MesaSettings>, Settings.SettingsChangeSource>()
        .AddSingleton<Microsoft.Extensions.Options.IOptions<MesaSettings>, Settings.CurrentSettings>()
        .AddSingleton<StoredSecrets>()
        .AddScoped<Settings.OrganisationSettings>()
        .AddSingleton<People.SignInThrottle>()
        .AddSingleton<SlaCatalog>()
        .AddSingleton<PanelCounters>()
        .AddSingleton<ListFilterChoices>()
        .AddSingleton<Reports.SupervisorBoard>()
        .AddSingleton<SharedCopiesInterceptor>()
        .AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SharedCopiesInterceptor>())
        .AddScoped<IInterceptor, SlaOnSave>()
        .AddScoped<Administration.AdminAudit>()
        .AddScoped<IInterceptor, Administration.AdminAuditInterceptor>()
        .AddScoped<Administration.AdminLog>()
        .AddScoped<SlaService>()
        .AddScoped<SlaQueries>()
        .AddScoped<SlaMonitor>()
        .AddScoped<Mail.MailOutbox>()
        .AddScoped<Mail.Inbound.MailIntake>()
        .AddScoped<Attachments.TicketAttachments>()
        .AddScoped<Templates.TicketTemplates>()
        .AddScoped<Alerts.AgentAlerts>()
        .AddScoped<Knowledge.KnowledgeBase>()
        .AddScoped<Problems.ProblemService>()
        .AddScoped<Changes.ChangeService>()
        .AddScoped<Changes.ReleaseService>()
        .AddScoped<Tasks.TaskService>()
        .AddScoped<Mail.MailTemplates>()
        .AddScoped<Mail.Inbound.MailFetch>()
        .AddScoped<Mail.Inbound.Mailboxes>()
        .AddScoped<Mail.Inbound.MailboxAdministration>()
        .AddScoped<Mail.OutgoingMailTest>()
        .AddScoped<Mail.MailProblems>()
        .AddScoped<Attachments.FileSweep>()
        .AddScoped<SlaAdministration>()
        .AddScoped<AutoAssignment>()
        .AddScoped<AutoClosure>()
        .AddScoped<RoutingAdministration>()
        .AddScoped<PeopleAdministration>()
        .AddScoped<SubstateAdministration>()
        .AddScoped<People.PeopleHandOver>()
        .AddScoped<People.PeopleBulk>()
        .AddScoped<CatalogAdministration>()
        .AddScoped<Catalog.Import.CatalogImport>()
        .AddScoped<Jobs.JobRuns>()
        .AddScoped<TicketRouting>()
        .AddScoped<Actors>()
        .AddScoped<ApiTokens>()
        .AddScoped<SignInLinks>()
        .AddScoped<People.Directory.DirectoryAccounts>()
        .AddScoped<People.Directory.DirectorySync>()
        .AddScoped<People.Directory.DirectoryActivity>()
        .AddScoped<People.Security.SignInLog>()
        .AddScoped<People.Security.UserSessions>()
        .AddScoped<People.Security.SecondFactors>()
        .AddScoped<Absences>()
        .AddScoped<Privacy.PersonalData>()
        .AddScoped<TicketCodes>()
        .AddScoped<TicketReferences>()
        .AddScoped<CustomFields.TicketCustomFields>()
        .AddScoped<CustomFields.CustomFieldAdministration>()
        .AddScoped<TicketService>()
        .AddScoped<Approvals.ApprovalFlows>()
        .AddScoped<Approvals.RequestApprovals>()
        .AddScoped<TicketDrafts>()
        .AddScoped<TicketQueries>()
        .AddScoped<Reports.TicketReports>()
        .AddScoped<Reports.ReportSchedules>()
        .AddScoped<TicketChoices>()
        .AddScoped<SavedFilters>()
        .AddScoped<ReferenceData>()
        .AddScoped<DemoData>();
}
