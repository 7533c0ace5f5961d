using System.Text.Json;
using System.Text.Json.Serialization;
using Mesa.Core.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace Mesa.Web.Hosting;

/// <summary>
/// The one door every request's text passes: the query string of every page and API call and the fields of every
/// page's form are cleaned by <see cref="InputText"/> before routing, binding or a page reads them; the API's JSON
/// strings are cleaned by <see cref="Json"/> as they are read. So a NUL byte or an escape sequence in a search, a
/// title or a return address never reaches a database or a header, on either engine.
/// </summary>
public static class CleanInput
{
    public static IApplicationBuilder UseCleanInput(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var request = http.Request;
        if (request.QueryString.HasValue && request.Query.Any(q => !IsClean(q.Key) || !IsClean(q.Value)))
            request.Query = new QueryCollection(Cleaned(request.Query));
        // The API reads its own bodies (JSON, or a file with two small fields); the pages' forms are read here.
        if (request.HasFormContentType && !request.Path.StartsWithSegments("/api"))
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(http.RequestAborted);
            }
            catch (Exception error) when (error is InvalidDataException or BadHttpRequestException)
            {
                // A body that is no form (broken multipart, over the limits) is the client's error.
                http.Response.StatusCode = error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
                return;
            }

            if (form.Any(f => !IsClean(f.Key) || !IsClean(f.Value)))
                http.Features.Set<IFormFeature>(new FormFeature(new FormCollection(Cleaned(form), form.Files)));
        }

        await next(http);
    });

    /// <summary>Keys and values cleaned; two keys that become one ("q" and "q\0") keep all their values.</summary>
    private static Dictionary<string, StringValues> Cleaned(IEnumerable<KeyValuePair<string, StringValues>> values) =>
        values.GroupBy(v => InputText.Clean(v.Key), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => new StringValues(g.SelectMany(v => v.Value).Select(InputText.CleanOrNull).ToArray()),
                StringComparer.OrdinalIgnoreCase);

    private static bool IsClean(StringValues values)
    {
        foreach (var value in values)
        {
            if (value is not null && !ReferenceEquals(InputText.Clean(value), value)) return false;
        }

        return true;
    }

    /// <summary>Every JSON string the API reads, cleaned the same way.</summary>
    public sealed class Json : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? InputText.CleanOrNull(reader.GetString())
                : throw new JsonException("Expected a string.");

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);
    }
}
