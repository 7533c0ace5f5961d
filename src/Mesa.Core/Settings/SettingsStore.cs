using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Mesa.Core.Settings;

/// <summary>
/// The settings administrators set in the browser, as this instance last read them. They are read at start (once the
/// schema is there), after every save here, and every half minute (another instance may have saved); a change tells
/// <see cref="MesaSettings"/>' readers to take the new values. A secret is held here as it was typed, read back with
/// <see cref="StoredSecrets"/> (a host without the data-protection keys, the data generator, has none).
/// </summary>
public sealed class SettingsStore(IServiceScopeFactory scopes) : IDisposable
{
    private Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private CancellationTokenSource _changed = new();

    public IReadOnlyDictionary<string, string> Values => _values;

    public IChangeToken ChangeToken => new CancellationChangeToken(_changed.Token);

    /// <summary>Reads the settings again; readers are told only when something changed.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MesaDbContext>();
        var values = await db.Set<Setting>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase, ct);
        var secrets = scope.ServiceProvider.GetService<StoredSecrets>();
        foreach (var key in values.Keys.Where(k => SettingDefinition.Find(k)?.Kind == SettingKind.Secret).ToList())
        {
            if (secrets?.Unprotect(values[key]) is { } secret) values[key] = secret;
            else values.Remove(key);
        }

        if (values.Count == _values.Count && values.All(v => _values.TryGetValue(v.Key, out var old) && old == v.Value)) return;
        _values = values;
        var previous = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        await previous.CancelAsync();
        previous.Dispose();
    }

    public void Dispose() => _changed.Dispose();
}

/// <summary>
/// Puts the browser's settings into <see cref="MesaSettings"/> wherever the settings files and the environment say
/// nothing: those are the server's own, and win. A host without configuration (the data generator) has none to win.
/// </summary>
public sealed class SettingsFromDatabase(SettingsStore store, IServiceProvider services) : IConfigureOptions<MesaSettings>
{
    public const string Section = "Mesa";

    private readonly IConfiguration? _configuration = services.GetService<IConfiguration>();

    public void Configure(MesaSettings options)
    {
        foreach (var (key, value) in store.Values)
        {
            if (SettingDefinition.Find(key) is { } definition && !FixedByConfiguration(_configuration, definition))
                definition.Apply(options, value);
        }
    }

    /// <summary>Whether the settings files or the environment set this one (then the browser only shows it).</summary>
    public static bool FixedByConfiguration(IConfiguration? configuration, SettingDefinition definition) =>
        configuration?[$"{Section}:{definition.Path}"] is not null;
}

/// <summary>Tells the options system that <see cref="MesaSettings"/> changed when the store read new values.</summary>
public sealed class SettingsChangeSource(SettingsStore store) : IOptionsChangeTokenSource<MesaSettings>
{
    public string? Name => Options.DefaultName;

    public IChangeToken GetChangeToken() => store.ChangeToken;
}

/// <summary>
/// <see cref="IOptions{TOptions}"/> of <see cref="MesaSettings"/> as they are now, not as they were first read: every
/// reader takes a setting changed in the browser without a restart.
/// </summary>
public sealed class CurrentSettings(IOptionsMonitor<MesaSettings> monitor) : IOptions<MesaSettings>
{
    public MesaSettings Value => monitor.CurrentValue;
}
