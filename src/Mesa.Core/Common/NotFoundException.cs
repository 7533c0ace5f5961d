namespace Mesa.Core.Common;

/// <summary>Something the caller named does not exist, or the caller may not see it (both answer 404).</summary>
public sealed class NotFoundException(string rule, params object[] arguments) : Exception(rule)
{
    public string Rule { get; } = rule;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
