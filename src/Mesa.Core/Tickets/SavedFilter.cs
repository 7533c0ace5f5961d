namespace Mesa.Core.Tickets;

/// <summary>A filter of the "En curso" list that an agent saved under a name of their own.</summary>
public sealed class SavedFilter
{
    private SavedFilter()
    {
    }

    public SavedFilter(long userId, string name, string query)
    {
        UserId = userId;
        Name = name;
        Query = query;
    }

    public const int NameMaxLength = 100;
    public const int QueryMaxLength = 2000;

    public long Id { get; private set; }

    public long UserId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The list's query string, e.g. <c>view=assigned-to-me&amp;state=assigned&amp;sort=due-date</c>.</summary>
    public string Query { get; private set; } = "";

    public void Replace(string query) => Query = query;
}
