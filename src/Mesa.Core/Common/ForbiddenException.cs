namespace Mesa.Core.Common;

/// <summary>The caller is known and may see the thing, but their role does not allow this operation (403).</summary>
public sealed class ForbiddenException(string rule, params object[] arguments) : Exception(rule)
{
    public string Rule { get; } = rule;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
