namespace Mesa.Core.Tickets;

/// <summary>A filter of one of the console's lists that an agent saved under a name of their own.</summary>
public sealed class SavedFilter
{
    private SavedFilter()
    {
    }

    public SavedFilter(long userId, SavedFilterList list, string name, string query)
    {
        UserId = userId;
        List = list;
        Name = name;
        Query = query;
    }

    public const int NameMaxLength = 100;
    public const int QueryMaxLength = 2000;

    public long Id { get; private set; }

    public long UserId { get; private set; }

    /// <summary>The list the filter belongs to: the names are the agent's own within each list.</summary>
    public SavedFilterList List { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The list's query string, e.g. <c>view=assigned-to-me&amp;state=assigned&amp;sort=due-date</c>.</summary>
    public string Query { get; private set; } = "";

    public void Replace(string query) => Query = query;
}

/// <summary>The console's lists that keep saved filters.</summary>
public enum SavedFilterList
{
    /// <summary>Guía §11 "Incidentes / Peticiones – En curso".</summary>
    Tickets,

    /// <summary>Guía §11 "Cambios y entregas".</summary>
    Changes,

    /// <summary>Guía §11 "Mis tareas".</summary>
    Tasks,
}
