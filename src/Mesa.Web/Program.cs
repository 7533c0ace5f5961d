using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.People;
using Mesa.Infrastructure.Database;
using Mesa.Infrastructure.Ldap;
using Mesa.Infrastructure.Mail;
using Mesa.Web.Api;
using Mesa.Web.Api.Admin;
using Mesa.Web.Api.Approvals;
using Mesa.Web.Api.Auth;
using Mesa.Web.Api.Changes;
using Mesa.Web.Api.Drafts;
using Mesa.Web.Api.Problems;
using Mesa.Web.Api.Sla;
using Mesa.Web.Api.Tasks;
using Mesa.Web.Api.Templates;
using Mesa.Web.Api.Tickets;
using Mesa.Web.Hosting;
using Mesa.Web.Jobs;
using Mesa.Web.Pages;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

// appsettings.json sits beside the binaries, wherever Mesa is started from; the data folder is relative to the
// working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

// Kestrel names itself in a header of its own, after every middleware has run: only it can leave it out.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

var mesa = builder.Configuration.GetSection("Mesa");
builder.Services.Configure<MesaOptions>(mesa);
builder.Services.Configure<MesaSettings>(mesa);
var options = mesa.Get<MesaOptions>() ?? new MesaOptions();
var dataDir = Path.GetFullPath(options.DataDir);
Directory.CreateDirectory(dataDir);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddMesaForwardedClients(options.TrustedProxies);
var rateLimits = mesa.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
builder.Services.AddMesaRateLimits(rateLimits);
builder.Services.AddMesaDatabase(options.Database, dataDir);
builder.Services.AddMesaCore();
builder.Services.AddSingleton<Mesa.Web.Hosting.ListenAddress>();
builder.Services.AddSingleton<IPostConfigureOptions<MesaSettings>>(services => services.GetRequiredService<Mesa.Web.Hosting.ListenAddress>());
builder.Services.AddHostedService<Mesa.Web.Hosting.SettingsRefresh>();
builder.Services.AddMesaMail();
builder.Services.AddMesaDirectory(mesa.GetSection("Ldap"));
builder.Services.AddScoped<Mesa.Web.Accounts.PasswordSignIn>();
builder.Services.AddScoped<Mesa.Web.Accounts.SessionStart>();
builder.Services.AddScoped<Mesa.Web.Accounts.SignInLogCsv>();
builder.Services.AddScoped<Mesa.Web.Administration.AdminLogCsv>();
builder.Services.AddScoped<Mesa.Web.Administration.SignInLinkMail>();
builder.Services.AddScoped<Mesa.Web.Accounts.DirectoryUsers>();
builder.Services.AddSingleton<Mesa.Web.Accounts.DirectoryStanding>();
builder.Services.Configure<Mesa.Web.Accounts.NegotiateOptions>(mesa.GetSection("Negotiate"));
var negotiate = mesa.GetSection("Negotiate").Get<Mesa.Web.Accounts.NegotiateOptions>() ?? new();
// Windows sign-in (Kerberos) accepts tickets for the service key in this keytab; a keytab that cannot be used stops the start.
if (negotiate.IsConfigured) Mesa.Infrastructure.Kerberos.ServiceKeytab.Register(negotiate.Keytab!);
builder.Services.AddSingleton<Mesa.Core.Attachments.IAttachmentStore>(services =>
    new Mesa.Infrastructure.Attachments.FileAttachmentStore(dataDir, services.GetRequiredService<TimeProvider>()));
builder.Services.AddSingleton<Mesa.Core.Reports.IReportRenderer, Mesa.Infrastructure.Reports.PdfReportRenderer>();
var backup = mesa.GetSection("Backup").Get<Mesa.Infrastructure.Database.BackupOptions>() ?? new();
backup.DataDir = dataDir;
backup.Folder = Path.GetFullPath(string.IsNullOrWhiteSpace(backup.Folder) ? Path.Combine(dataDir, "backups") : backup.Folder);
builder.Services.AddSingleton(backup);
builder.Services.AddScoped<Mesa.Infrastructure.Database.Backup>();
builder.Services.AddScoped<Mesa.Web.Reports.TicketReport>();
builder.Services.AddScoped<Mesa.Web.Reports.ChangeReport>();
builder.Services.AddScoped<Mesa.Web.Reports.PersonalDataReport>();
builder.Services.AddScoped<Mesa.Web.Reports.ReportWords>();
builder.Services.AddScoped<Mesa.Web.Reports.ReportFiles>();
builder.Services.AddScoped<Mesa.Web.Pages.Agent.Tickets.TicketListFile>();
builder.Services.AddScoped<Mesa.Web.Reports.ScheduledReports>();
builder.Services.AddScoped<Mesa.Web.Integrations.WebhookSender>();
// Webhooks post to the integrations' addresses: a redirect is not followed (the address registered is the one used),
// and each attempt has its own time limit (WebhookSender.Timeout).
builder.Services.AddHttpClient(Mesa.Web.Integrations.WebhookSender.ClientName)
    .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    });
builder.Services.AddScoped<Mesa.Web.Pages.Common.TicketFiles>();
// The keys live in the database, so that a cookie, an antiforgery token or an e-mailed link made by
// one instance is read by any other behind the balancer.
var keyProtection = mesa.GetSection("DataProtection").Get<KeyProtectionSettings>() ?? new KeyProtectionSettings();
builder.Services.AddMesaKeyProtection(keyProtection);
builder.Services.AddLocalization();

builder.Services.AddIdentity<User, Role>(identity =>
    {
        identity.User.RequireUniqueEmail = false;
        identity.Password.RequiredLength = 10;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Lockout.MaxFailedAccessAttempts = 5;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        identity.Lockout.AllowedForNewUsers = true;
        identity.SignIn.RequireConfirmedAccount = true;
    })
    .AddEntityFrameworkStores<MesaDbContext>()
    .AddDefaultTokenProviders()
    .AddClaimsPrincipalFactory<MesaClaimsFactory>();
builder.Services.AddScoped<IUserConfirmation<User>, MesaUserConfirmation>();
builder.Services.AddAuthentication()
    .AddScheme<AuthenticationSchemeOptions, ApiAuthenticationHandler>(ApiAuthenticationHandler.SchemeName, null)
    .AddScheme<AuthenticationSchemeOptions, Mesa.Web.Accounts.WindowsAuthentication>(Mesa.Web.Accounts.WindowsAuthentication.SchemeName, null);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy("api", p => p.AddAuthenticationSchemes(ApiAuthenticationHandler.SchemeName).RequireAuthenticatedUser())
    .AddPolicy("admin", p => p.AddAuthenticationSchemes(ApiAuthenticationHandler.SchemeName).RequireRole(Roles.Admin))
    .AddPolicy(PagePolicies.Staff, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
        .RequireRole(Roles.Agent, Roles.Supervisor, Roles.Admin))
    .AddPolicy(PagePolicies.Admin, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
        .RequireRole(Roles.Admin))
    .AddPolicy(PagePolicies.Reports, p => p.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
        .RequireRole(Roles.Supervisor, Roles.Admin));
builder.Services.AddMesaPages();

builder.Services.AddSingleton<RuleText>();
builder.Services.AddSingleton<Mesa.Web.Api.Auth.VerifiedCredentials>();
builder.Services.AddSingleton<Mesa.Core.Mail.IConfirmationLinks, ConfirmationLinks>();
builder.Services.AddSingleton<Mesa.Core.Mail.IApprovalLinks, ApprovalLinks>();
builder.Services.AddSingleton<ProblemWriter>();
builder.Services.AddSingleton<Mesa.Web.Administration.TicketImportRuns>();
builder.Services.AddScoped<RequestReader>();
builder.Services.AddScoped<TicketCommandsApi.Context>();
builder.Services.AddExceptionHandler<ServerErrorLog>();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddProblemDetails();
builder.Services.Configure<JsonOptions>(json =>
{
    json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    // Spanish text travels as it is ("Técnico", not "T\u00e9cnico"); HTML escaping is the pages' job.
    json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    json.SerializerOptions.Converters.Add(new CleanInput.Json());
});
// Malformed JSON and wrong types raise BadHttpRequestException, which the exception handler answers in Spanish.
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
var jobs = mesa.GetSection("Jobs").Get<JobOptions>() ?? new JobOptions();
builder.Services.Configure<JobOptions>(mesa.GetSection("Jobs"));
builder.Services.AddMesaJobs(jobs);
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
builder.Services.AddMesaApiReference();
builder.Services.AddMesaMetrics();

var app = builder.Build();

app.UseMesaForwardedClients();
app.UseMesaSecurityHeaders();
// Localization first, so that error answers written by the exception handler speak the request's language too.
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("es-CO"),
    SupportedCultures = [new CultureInfo("es-CO"), new CultureInfo("es"), new CultureInfo("en")],
    SupportedUICultures = [new CultureInfo("es-CO"), new CultureInfo("es"), new CultureInfo("en")],
});
// The API answers its errors as problem details (ApiExceptionHandler); pages show the error page.
// ServerErrorLog writes the one line of each server error; the middleware's own would repeat it.
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", SuppressDiagnosticsCallback = _ => true });
app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages(async context =>
{
    // Unknown API paths and methods answer problem details too.
    var http = context.HttpContext;
    if (http.Response.HasStarted) return;
    var problems = http.RequestServices.GetRequiredService<ProblemWriter>();
    if (http.Response.StatusCode == StatusCodes.Status404NotFound)
        await problems.WriteAsync(http, 404, "Problem.NotFound", Rules.NotFound);
    // A value the framework could not bind (a query flag that is not true or false): refused before the endpoint.
    else if (http.Response.StatusCode == StatusCodes.Status400BadRequest)
        await problems.WriteAsync(http, 400, "Problem.BadRequest", Rules.MalformedBody);
    // A body that is not JSON where JSON is read: routing itself refuses it (its content-type policy), with no words;
    // a convention of the whole API (docs/api.md), so no operation's description lists it.
    else if (http.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        await problems.WriteAsync(http, 415, "Problem.BadRequest", Rules.JsonBodyRequired);
}));
app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"),
    pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseCleanInput();
// Routing after the error pages, so that a re-executed request (/error, /status/404) is routed again.
app.UseRouting();
// After routing, so that a refusal is known by its endpoint (and documented as such); before anyone's password is checked.
app.UseMesaRateLimits(rateLimits);
app.UseMesaStaticFiles();
app.UseAuthentication();
app.UseAuthorization();

// /health is readiness (the application and its database answer); /health/live only says the process serves.
app.MapHealthChecks("/health");
app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
app.MapRazorPages();
// What Mesa counts says how busy the desk is and which jobs fail: for an administrator's credential (a personal token
// in Prometheus' authorization), never for the internet.
app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization("admin");
app.MapMesaApiReference();
app.MapGroup("/api/v1").RequireAuthorization("api")
    .Refuses(StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests, StatusCodes.Status503ServiceUnavailable)
    .MapTickets()
    .MapDrafts()
    .MapTemplates()
    .MapNoticeTemplates()
    .MapSla()
    .MapDashboard()
    .MapAbsences()
    .MapAlerts()
    .MapNotifications()
    .MapResponses()
    .MapKnowledge()
    .MapProblems()
    .MapChanges()
    .MapReleases()
    .MapTasks()
    .MapApprovals()
    .MapReports()
    .MapReportSchedules()
    .MapAdmin()
    .MapTokens()
    .MapSessions();

app.CheckMailSecurity();
app.WarnWhenKeysAreInTheClear(keyProtection);
await app.PrepareAsync();
app.AnnounceWhenStarted();
await app.RunAsync();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
