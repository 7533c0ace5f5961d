using Mesa.Core.Settings;

namespace Mesa.Web.Hosting;

/// <summary>
/// Reads the browser's settings again every half minute, so that a change saved on another instance applies here too
/// (the instance that saves it reads them at once).
/// </summary>
public sealed class SettingsRefresh(SettingsStore store, TimeProvider clock, ILogger<SettingsRefresh> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Half a minute after the last reading, not on a fixed beat: a clock that jumps (a month of a test's clock in one
        // step) gives one reading, not one for every half minute it jumped.
        while (true)
        {
            await Task.Delay(Every, clock, stoppingToken);
            try
            {
                await store.LoadAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The database may be away for a moment; the settings read last stay in force meanwhile.
                log.LogWarning(error, "The organisation settings could not be read again.");
            }
        }
    }
}
