using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mesa.Core.Administration.Configuration;

public enum ConfigurationChangeKind
{
    Added,
    Changed,
}

/// <summary>A field of a record, before and after, as the document writes it.</summary>
public sealed record ConfigurationField(string Field, string? Before, string? After);

/// <summary>A record of a part of the document ("services", "Soporte Técnico") added or changed, field by field.</summary>
public sealed record ConfigurationChange(string Part, string Key, ConfigurationChangeKind Kind, IReadOnlyList<ConfigurationField> Fields);

/// <summary>A record of a part of the document, by its key.</summary>
public sealed record ConfigurationRecord(string Part, string Key);

/// <summary>
/// Two configurations compared part by part and record by record, each record known by its key (a name, a path, a
/// code, a kind), so that the differences read as an administrator thinks of them.
/// </summary>
public static class ConfigurationDifferences
{
    private static readonly string[] HolidayRuleFields = ["ruleSet", "name", "month", "day", "easterOffset", "fromYear", "toYear"];

    private static readonly JsonSerializerOptions Compact = new(ConfigurationDocument.Json) { WriteIndented = false };

    public static IReadOnlyList<ConfigurationChange> Between(ConfigurationDocument before, ConfigurationDocument after)
    {
        var changes = new List<ConfigurationChange>();
        var (old, now) = (Records(before), Records(after));
        foreach (var (part, records) in now)
        {
            var was = old.GetValueOrDefault(part) ?? [];
            foreach (var (key, record) in records)
            {
                if (!was.TryGetValue(key, out var previous))
                {
                    changes.Add(new ConfigurationChange(part, key, ConfigurationChangeKind.Added, Fields(null, record)));
                }
                else if (!JsonNode.DeepEquals(previous, record))
                {
                    changes.Add(new ConfigurationChange(part, key, ConfigurationChangeKind.Changed, Fields(previous, record)));
                }
            }
        }

        return changes;
    }

    /// <summary>The records <paramref name="current"/> has and <paramref name="document"/> does not name.</summary>
    public static IReadOnlyList<ConfigurationRecord> NotIn(ConfigurationDocument current, ConfigurationDocument document)
    {
        var named = Records(document);
        return [.. Records(current).SelectMany(part => part.Value.Keys
            .Where(key => !(named.GetValueOrDefault(part.Key)?.ContainsKey(key) ?? false))
            .Select(key => new ConfigurationRecord(part.Key, key)))];
    }

    /// <summary>Each part's records by key; the settings are records of one field each.</summary>
    private static Dictionary<string, Dictionary<string, JsonNode?>> Records(ConfigurationDocument document)
    {
        var root = JsonSerializer.SerializeToNode(document, ConfigurationDocument.Json)!.AsObject();
        var parts = new Dictionary<string, Dictionary<string, JsonNode?>>(StringComparer.Ordinal);
        foreach (var (part, node) in root)
        {
            switch (node)
            {
                case JsonArray items:
                    parts[part] = items.OfType<JsonObject>().GroupBy(r => KeyOf(part, r))
                        .ToDictionary(g => g.Key, g => (JsonNode?)g.Last(), StringComparer.Ordinal);
                    break;
                case JsonObject values:
                    parts[part] = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
                    break;
            }
        }

        return parts;
    }

    private static string KeyOf(string part, JsonObject record) => part switch
    {
        "locations" => Text(record["path"]) ?? "",
        "substates" => Text(record["code"]) ?? "",
        "mailTemplates" => Text(record["kind"]) ?? "",
        "priorityMatrix" => $"{Text(record["impact"])}/{Text(record["urgency"])}",
        // A holiday rule by everything that tells it apart: its set, its name and its date.
        "holidayRules" => string.Join(" ", HolidayRuleFields.Select(f => Text(record[f])).Where(v => !string.IsNullOrEmpty(v))),
        _ => Text(record["name"]) ?? "",
    };

    private static List<ConfigurationField> Fields(JsonNode? before, JsonNode? after)
    {
        if (before is not JsonObject || after is not JsonObject)
            return before is null && after is JsonObject added
                ? [.. added.Select(p => new ConfigurationField(p.Key, null, Text(p.Value)))]
                : [new ConfigurationField("value", Text(before), Text(after))];
        var was = before.AsObject();
        return [.. after.AsObject()
            .Where(p => !JsonNode.DeepEquals(was[p.Key], p.Value))
            .Select(p => new ConfigurationField(p.Key, Text(was[p.Key]), Text(p.Value)))];
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => node.ToJsonString(Compact),
    };
}
