using System.Globalization;
using Mesa.Core.Common;
using Mesa.Web.Api.Problems;

namespace Mesa.Web.Api;

/// <summary>
/// Reads the loosely typed fields of a request (strings for enums, so that a wrong value gets a Spanish message
/// beside its field instead of a generic JSON error) and throws every problem found at once.
/// </summary>
public sealed partial class RequestReader(ProblemWriter text)
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

    /// <summary>An ISO-8601 instant; one written without an offset is read in the organisation's zone.</summary>
    public DateTimeOffset? Instant(string field, string? value, TimeZoneInfo zone, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, Rules.Required);
            return null;
        }

        var text = value.Trim();
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || OffsetSuffix().IsMatch(text);
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && OrganisationTime.IsPlausible(instant.UtcDateTime))
            return instant.ToUniversalTime();
        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && OrganisationTime.IsPlausible(local))
        {
            var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(unspecified, zone), TimeSpan.Zero);
        }

        Add(field, Rules.InvalidInstant, value);
        return null;
    }

    public DateOnly? Date(string field, string? value, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, Rules.Required);
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= OrganisationTime.FirstYear and <= OrganisationTime.LastYear)
            return date;
        Add(field, Rules.InvalidDate, value);
        return null;
    }

    /// <summary>A list's page from the query string: 1 when absent, a 400 on the field for anything but a page.</summary>
    public int Page(string field, string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return 1;
        if (int.TryParse(raw, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture,
                out var page) && Paging.IsValid(page))
            return page;
        Add(field, Rules.OutOfRange, 1, Paging.MaxPage);
        return 1;
    }

    /// <summary>
    /// A log's page (a sign-in log, the administration log): its number, its size (null: the log's own) up to
    /// <paramref name="maxPageSize"/>, and whether it is asked as a spreadsheet (<c>format=csv</c>; else JSON).
    /// </summary>
    public (int Page, int? PageSize, bool Csv) LogPage(string? page, string? pageSize, string? format, int maxPageSize)
    {
        var number = Page("page", page);
        var size = Page("pageSize", pageSize);
        if (size > maxPageSize) Add("pageSize", Rules.OutOfRange, 1, maxPageSize);
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && format is not (null or "json")) Add("format", Rules.InvalidValue, format);
        return (number, string.IsNullOrWhiteSpace(pageSize) ? null : size, csv);
    }

    public int? Number(string field, int? value, int min, int max, bool required = false)
    {
        if (value is null)
        {
            if (required) Add(field, Rules.Required);
            return null;
        }

        if (value < min || value > max) Add(field, Rules.OutOfRange, min, max);
        return value;
    }

    /// <summary>A time of day "HH:mm" as minutes from midnight ("24:00" is 1440).</summary>
    public int? TimeOfDay(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, Rules.Required);
            return null;
        }

        try
        {
            return Core.Sla.WorkingInterval.MinuteOf(value.Trim());
        }
        catch (FormatException)
        {
            Add(field, Rules.InvalidTime, value);
            return null;
        }
    }

    /// <summary>
    /// A string of a body kept as <see cref="System.Text.Json.JsonElement"/> (a map of values of several kinds), cleaned as
    /// every other text of a request is; one that is no text (a lone surrogate, which JSON's escapes allow) is bad input.
    /// </summary>
    public string? JsonString(string field, System.Text.Json.JsonElement value)
    {
        try
        {
            return InputText.CleanOrNull(value.GetString());
        }
        catch (InvalidOperationException)
        {
            Add(field, Rules.InvalidValue, field);
            return null;
        }
    }

    public void Fail(string field, string rule, params object[] arguments) => Add(field, rule, arguments);

    public void Require(string field, bool condition)
    {
        if (!condition) Add(field, Rules.Required);
    }

    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
            throw new ValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial System.Text.RegularExpressions.Regex OffsetSuffix();

    private void Add(string field, string rule, params object[] arguments)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(text.Message(rule, arguments));
    }
}
