using Mesa.Core.Mail;
using Mesa.Core.Mail.Inbound;
using Mesa.Core.Routing;
using Mesa.Core.Sla;
using Mesa.Core.Tickets;

namespace Mesa.Web.Jobs;

public static class JobRegistration
{
    /// <summary>The scheduled jobs, with their intervals from Mesa:Jobs.</summary>
    public static IServiceCollection AddMesaJobs(this IServiceCollection services, JobOptions options)
    {
        services.AddSingleton(new ScheduledJob("auto-assign", TimeSpan.FromMinutes(options.AutoAssignMinutes),
            (sp, ct) => sp.GetRequiredService<AutoAssignment>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("auto-close", TimeSpan.FromMinutes(options.AutoCloseMinutes),
            (sp, ct) => sp.GetRequiredService<AutoClosure>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("sla-check", TimeSpan.FromSeconds(options.SlaCheckSeconds),
            (sp, ct) => sp.GetRequiredService<SlaMonitor>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("mail-send", TimeSpan.FromSeconds(options.MailSendSeconds),
            (sp, ct) => sp.GetRequiredService<MailOutbox>().SendDueAsync(ct)));
        services.AddSingleton(new ScheduledJob("mail-fetch", TimeSpan.FromSeconds(options.MailFetchSeconds),
            (sp, ct) => sp.GetRequiredService<MailFetch>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("file-sweep", TimeSpan.FromMinutes(options.FileSweepMinutes),
            (sp, ct) => sp.GetRequiredService<Mesa.Core.Attachments.FileSweep>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("backup", TimeSpan.FromHours(options.BackupHours),
            (sp, ct) => sp.GetRequiredService<Mesa.Infrastructure.Database.Backup>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("directory-sync", TimeSpan.FromMinutes(options.DirectorySyncMinutes),
            (sp, ct) => sp.GetRequiredService<Mesa.Core.People.Directory.DirectorySync>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("session-sweep", TimeSpan.FromMinutes(options.SessionSweepMinutes),
            (sp, ct) => sp.GetRequiredService<Mesa.Core.People.Security.UserSessions>().SweepAsync(ct)));
        services.AddSingleton(new ScheduledJob("approvals", TimeSpan.FromMinutes(options.ApprovalsMinutes),
            (sp, ct) => sp.GetRequiredService<Mesa.Core.Approvals.RequestApprovals>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("report-schedules", TimeSpan.FromMinutes(options.ReportSchedulesMinutes),
            (sp, ct) => sp.GetRequiredService<Mesa.Web.Reports.ScheduledReports>().RunAsync(ct)));
        services.AddSingleton(new ScheduledJob("webhook-send", TimeSpan.FromSeconds(options.WebhookSendSeconds),
            (sp, ct) => sp.GetRequiredService<Mesa.Web.Integrations.WebhookSender>().SendDueAsync(ct)));
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobScheduler>();
        return services;
    }
}
