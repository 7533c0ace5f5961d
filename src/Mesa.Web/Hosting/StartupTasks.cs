using Mesa.Core.Common;
using Mesa.Core.Data;
using Mesa.Core.Demo;
using Mesa.Infrastructure.Database;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Mesa.Web.Hosting;

/// <summary>
/// Before the first request: the schema, the reference data, on request the demo set, and on a new installation the
/// configuration document of <c>Mesa__ConfigurationFile</c>.
/// </summary>
public static class StartupTasks
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MesaOptions>>().Value;
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<MesaDbContext>();
        await DatabaseSetup.PrepareAsync(db, options.Database.Migrate, CancellationToken.None);
        await services.GetRequiredService<ReferenceData>().EnsureAsync(CancellationToken.None);
        // The browser's settings, now that their table is there.
        await services.GetRequiredService<Mesa.Core.Settings.SettingsStore>().LoadAsync(CancellationToken.None);
        if (options.Demo && await services.GetRequiredService<DemoData>().CreateIfEmptyAsync(CancellationToken.None))
            app.Logger.LogInformation("Demo data created.");
        // After the demo set: a database that holds one already has a configuration, and keeps it.
        await Administration.ConfigurationFile.ApplyAtStartAsync(services, options.ConfigurationFile, app.Logger, CancellationToken.None);
    }

    /// <summary>Tells the person who started Mesa where it listens and how to sign in.</summary>
    public static void AnnounceWhenStarted(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var options = app.Services.GetRequiredService<IOptions<MesaOptions>>().Value;
            // Links in e-mails default to the first address Mesa listens on.
            var settings = app.Services.GetRequiredService<IOptions<MesaSettings>>().Value;
            var text = app.Services.GetRequiredService<IStringLocalizer<Messages>>();
            if (app.RefusedForPublicUrl(settings, text)) return;
            app.Services.GetRequiredService<ListenAddress>().Use(app.Urls.FirstOrDefault());
            foreach (var url in app.Urls)
            {
                Console.WriteLine(text["Startup.Listening", url]);
                Console.WriteLine(text["Startup.Api", url]);
            }

            Console.WriteLine(options.Demo ? text["Startup.Demo", DemoData.Password] : text["Startup.NoDemo"]);
            // Guía §4 on a new installation: the first administrator is created with a key only this console shows.
            using var scope = app.Services.CreateScope();
            if (scope.ServiceProvider.GetRequiredService<Mesa.Core.People.FirstAdministrator>().IsNeededAsync(CancellationToken.None).GetAwaiter().GetResult())
            {
                var root = (settings.PublicUrl ?? app.Urls.FirstOrDefault() ?? "").TrimEnd('/');
                Console.WriteLine(text["Startup.Setup", root, app.Services.GetRequiredService<Mesa.Core.People.SetupKey>().Value]);
            }
        });
    }
}
