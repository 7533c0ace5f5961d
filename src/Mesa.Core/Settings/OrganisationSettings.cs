using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mesa.Core.Settings;

/// <summary>Where the value in force comes from.</summary>
public enum SettingSource
{
    /// <summary>Mesa's own default: nobody set it.</summary>
    Default,

    /// <summary>An administrator set it in the browser.</summary>
    Browser,

    /// <summary>The settings files or the environment (<c>Mesa__Key</c>): they win, and the browser only shows it.</summary>
    Configuration,
}

/// <summary>
/// Guía §4: the organisation's settings without a developer. Each shows the value in force and where it comes from;
/// an administrator changes those the server's configuration does not fix, each checked by its definition, and the
/// change applies at once, on every instance within half a minute.
/// </summary>
public sealed class OrganisationSettings(MesaDbContext db, SettingsStore store, StoredSecrets secrets, IServiceProvider services,
    IOptions<MesaSettings> settings)
{
    private readonly IConfiguration? _configuration = services.GetService<IConfiguration>();

    /// <summary>A setting as the pages show it; a secret's value is never shown, only whether there is one.</summary>
    public sealed record SettingView(SettingDefinition Definition, string Value, SettingSource Source, bool IsSet)
    {
        public string Key => Definition.Key;

        public bool Editable => Source != SettingSource.Configuration;

        public bool IsSecret => Definition.Kind == SettingKind.Secret;
    }

    public IReadOnlyList<SettingView> List(SettingGroup? group = null)
    {
        var current = settings.Value;
        return SettingDefinition.All.Where(d => group is null || d.Group == group).Select(d =>
        {
            var value = d.Read(current);
            var source = SettingsFromDatabase.FixedByConfiguration(_configuration, d) ? SettingSource.Configuration
                : store.Values.ContainsKey(d.Key) ? SettingSource.Browser
                : SettingSource.Default;
            return new SettingView(d, d.Kind == SettingKind.Secret ? "" : value, source, value.Length > 0);
        }).ToList();
    }

    /// <summary>Whether the settings files or the environment fix this key here (unknown keys are not fixed).</summary>
    public bool IsFixed(string key) =>
        SettingDefinition.Find(key) is { } definition && SettingsFromDatabase.FixedByConfiguration(_configuration, definition);

    /// <summary>
    /// Sets the values given by key; an empty value (or null) goes back to Mesa's default. A key the server's
    /// configuration fixes, or an unknown one, is bad input; nothing is saved unless every value is good.
    /// </summary>
    public async Task SaveAsync(IReadOnlyDictionary<string, string?> values, CancellationToken ct)
    {
        var checkedValues = new Dictionary<string, string?>();
        foreach (var (key, value) in values)
        {
            var definition = SettingDefinition.Find(key) ?? throw new InputException(key, Rules.UnknownSetting, key);
            if (SettingsFromDatabase.FixedByConfiguration(_configuration, definition))
                throw new InputException(definition.Key, Rules.SettingFixedByConfiguration, definition.Variable);
            checkedValues[definition.Key] = string.IsNullOrWhiteSpace(value) ? null : definition.Check(value);
        }

        var keys = checkedValues.Keys.ToList();
        var rows = await db.Set<Setting>().Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct);
        foreach (var (key, typed) in checkedValues)
        {
            var row = rows.GetValueOrDefault(key);
            var value = typed is not null && SettingDefinition.Find(key)!.Kind == SettingKind.Secret ? secrets.Protect(typed) : typed;
            if (value is null)
            {
                if (row is not null) db.Remove(row);
            }
            else if (row is null)
            {
                db.Add(new Setting(key, value));
            }
            else
            {
                row.Change(value);
            }
        }

        await db.SaveChangesAsync(ct);
        await store.LoadAsync(ct);
    }
}
