using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Settings;

/// <summary>
/// One organisation setting an administrator set in the browser (Guía §4: the platform is parametrized by its
/// administrators), by its key in the <c>Mesa</c> section ("AutoCloseDays"). A value in the settings files or the
/// environment wins over it.
/// </summary>
public sealed class Setting
{
    public const int KeyMaxLength = 100;
    public const int ValueMaxLength = 2_000;

    private Setting()
    {
    }

    public Setting(string key, string value) => (Key, Value) = (key, value);

    public string Key { get; private set; } = "";

    public string Value { get; private set; } = "";

    public void Change(string value) => Value = value;
}

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> s)
    {
        s.ToTable("settings");
        s.HasKey(x => x.Key);
        s.Property(x => x.Key).HasMaxLength(Setting.KeyMaxLength);
        s.Property(x => x.Value).HasMaxLength(Setting.ValueMaxLength);
    }
}
