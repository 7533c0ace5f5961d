using Mesa.Core.Common;
using Mesa.Web.Api;

namespace Mesa.Web.Pages.Common;

/// <summary>The forms send enums by their API names ("incident", "medium"); anything else is bad input for that field.</summary>
public static class FormValues
{
    public static T Enum<T>(string field, string? value) where T : struct, System.Enum =>
        ApiEnums.TryParse<T>(value ?? "", out var parsed) ? parsed : throw new InputException(field, Rules.InvalidValue, value ?? "");
}
