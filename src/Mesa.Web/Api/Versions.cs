using Mesa.Core.Common;
using Mesa.Web.Api.Problems;
using Microsoft.Net.Http.Headers;

namespace Mesa.Web.Api;

/// <summary><c>If-Match: &lt;version&gt;</c> on writes; the answer carries the new version as ETag.</summary>
public static class Versions
{
    public static long? FromIfMatch(HttpRequest request, ProblemWriter text)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*") return null;
        var value = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        if (long.TryParse(value.Trim('"'), out var version)) return version;
        throw new ValidationException(new Dictionary<string, string[]>
        {
            [HeaderNames.IfMatch] = [text.Message(Rules.InvalidVersion)],
        });
    }

    public static void SetETag(HttpResponse response, long version) =>
        response.Headers.ETag = $"\"{version}\"";
}
