namespace Mesa.Web.Api.Problems;

/// <summary>Bad input found while reading a request: field → Spanish messages (400 with <c>errors</c>).</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors) : Exception("Invalid input.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
