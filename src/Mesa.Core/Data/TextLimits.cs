using Mesa.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Mesa.Core.Data;

/// <summary>
/// The model's own lengths (the constants each configuration names) checked before anything is written: a text
/// longer than its column is bad input of that field, in Spanish, on both engines — PostgreSQL would refuse it
/// with an error and SQLite would keep it whole. Domain methods check the lengths a person is told about first;
/// this is the rule every save obeys whoever forgot.
/// </summary>
public static class TextLimits
{
    public static void Check(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (property.Metadata.ClrType != typeof(string) || property.CurrentValue is not string text) continue;
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                if (property.Metadata.GetMaxLength() is { } max && text.Length > max)
                    throw new InputException(FieldName(property.Metadata.Name), Rules.TooLong, max);
            }
        }
    }

    private static string FieldName(string property) => char.ToLowerInvariant(property[0]) + property[1..];
}
