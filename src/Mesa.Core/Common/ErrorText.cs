namespace Mesa.Core.Common;

/// <summary>An error as the administrators read it beside a message Mesa could not handle.</summary>
public static class ErrorText
{
    /// <summary>The error and its causes, innermost last: the database's or the server's own words tell what went wrong.</summary>
    public static string Describe(Exception error)
    {
        var parts = new List<string>();
        for (var e = error; e is not null; e = e.InnerException) parts.Add($"{e.GetType().Name}: {e.Message}");
        return string.Join(" → ", parts);
    }
}
