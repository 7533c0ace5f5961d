namespace Mesa.Core.Common;

/// <summary>
/// Input that names something unknown or malformed (an unknown category, a group that does not exist): 400 with the
/// message beside the field it concerns.
/// </summary>
public sealed class InputException(string field, string rule, params object[] arguments) : Exception(rule)
{
    public string Field { get; } = field;

    public string Rule { get; } = rule;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
