using System.Text.Json;
using Mesa.Core.Common;
using Mesa.Core.Settings;

namespace Mesa.Web.Api.Admin;

/// <summary>
/// Guía §4: the organisation's settings, each with the value in force and where it comes from (<c>default</c>,
/// <c>browser</c>, <c>configuration</c>); those the server's configuration fixes are read-only here. Keys travel in
/// camelCase like every other name of the API (<c>ticketPrefix</c>); a PATCH takes them in any case.
/// </summary>
public static class SettingsAdminApi
{
    /// <summary>A setting; a password's value is always empty, <c>set</c> says whether there is one.</summary>
    public sealed record SettingJson(string Key, string Value, string Source, bool Editable, bool Set);

    public static void MapSettingsAdmin(this RouteGroupBuilder admin)
    {
        admin.MapGet("/settings", (OrganisationSettings settings) => settings.List().Select(Json).ToList());
        admin.MapPatch("/settings", async (Dictionary<string, JsonElement>? body, OrganisationSettings settings,
            RequestReader read, HttpContext http) =>
        {
            var values = new Dictionary<string, string?>();
            foreach (var (key, value) in body ?? [])
            {
                read.Text(key, key, Setting.KeyMaxLength);
                values[key] = value.ValueKind switch
                {
                    JsonValueKind.Null => null,
                    JsonValueKind.String => read.JsonString(key, value),
                    JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                    _ => Fail(read, key),
                };
            }

            read.ThrowIfInvalid();
            await settings.SaveAsync(values, http.RequestAborted);
            return settings.List().Select(Json).ToList();
        }).Refuses(400);
    }

    private static string? Fail(RequestReader read, string key)
    {
        read.Fail(key, Rules.InvalidValue, key);
        return null;
    }

    private static SettingJson Json(OrganisationSettings.SettingView s) =>
        new(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.Key), s.Value, ApiEnums.Name(s.Source), s.Editable, s.IsSet);
}
