namespace Mesa.Core.Common;

/// <summary>
/// A rule of the guide that an operation would break. <see cref="Rule"/> is a key into the message resources
/// (Spanish first, English second); <see cref="Arguments"/> fill its placeholders.
/// </summary>
public sealed class DomainException(string rule, params object[] arguments) : Exception(rule)
{
    public string Rule { get; } = rule;

    public IReadOnlyList<object> Arguments { get; } = arguments;
}
