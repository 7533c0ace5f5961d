using Mesa.Core.Common;
using Mesa.Web.Api.Problems;

namespace Mesa.Web.Api;

/// <summary>
/// Reads the loosely typed fields of a request (strings for enums, so that a wrong value gets a Spanish message
/// beside its field instead of a generic JSON error) and throws every problem found at once.
/// </summary>
public sealed class RequestReader(ProblemWriter text)
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public string? Text(string field, string? value, int max, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, Rules.Required);
            return value;
        }

        if (value.Length > max) Add(field, Rules.TooLong, max);
        return value;
    }

    public T? Enum<T>(string field, string? value, bool required = false) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, Rules.Required);
            return null;
        }

        if (ApiEnums.TryParse<T>(value, out var parsed)) return parsed;
        Add(field, Rules.InvalidValue, value);
        return null;
    }

    public void Require(string field, bool condition)
    {
        if (!condition) Add(field, Rules.Required);
    }

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
            throw new ValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    private void Add(string field, string rule, params object[] arguments)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(text.Message(rule, arguments));
    }
}
