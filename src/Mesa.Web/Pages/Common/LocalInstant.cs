using System.Globalization;
using Mesa.Core.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Mesa.Web.Pages.Common;

/// <summary>
/// A <c>datetime-local</c> value, read in the organisation's zone; a malformed one, or a year nobody means, is a
/// message beside its field and no instant.
/// </summary>
public static class LocalInstant
{
    public static DateTimeOffset? Read(ModelStateDictionary state, OrganisationTime time, string key, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && time.TryFromLocal(local, out var instant))
            return instant;
        state.AddModelError(key, message);
        return null;
    }
}
