namespace Mesa.Core.People.Directory;

/// <summary>The agency's directory (LDAP or Active Directory), as Mesa reads it.</summary>
public interface IDirectory
{
    bool IsConfigured { get; }

    /// <summary>
    /// Checks a typed name (<c>usuario</c>, <c>DOMINIO\usuario</c>, <c>usuario@dominio</c>) and password by binding to the
    /// directory as that person.
    /// </summary>
    Task<DirectoryBind> BindAsync(string typedName, string password, CancellationToken ct);

    /// <summary>The person a directory user name (the user attribute's value) names, or null when there is no such entry.</summary>
    /// <exception cref="DirectoryUnavailableException">The directory did not answer.</exception>
    Task<DirectoryPerson?> FindAsync(string userName, CancellationToken ct);

    /// <summary>
    /// The entry an account is linked to (<see cref="User.DirectoryKey"/>), without its groups: is the person still
    /// there, still enabled? Null when the entry is gone.
    /// </summary>
    /// <exception cref="DirectoryUnavailableException">The directory did not answer.</exception>
    Task<DirectoryPerson?> FindByKeyAsync(string key, CancellationToken ct);

    /// <summary>Every person under the base, read page by page.</summary>
    /// <exception cref="DirectoryUnavailableException">The directory did not answer.</exception>
    IAsyncEnumerable<DirectoryPerson> PeopleAsync(CancellationToken ct);

    /// <summary>The directory user name a typed name means, or null when it names another domain or is not a user name at all.</summary>
    string? UserNameOf(string typedName);
}

/// <summary>What a bind with a typed name and password found.</summary>
public sealed record DirectoryBind(DirectoryBindOutcome Outcome, DirectoryPerson? Person = null);

public enum DirectoryBindOutcome
{
    /// <summary>The name and password are the directory's; <see cref="DirectoryBind.Person"/> is who signed in.</summary>
    Succeeded,

    /// <summary>The typed name is no directory name (another domain's, or a form the directory does not take).</summary>
    NotADirectoryName,

    /// <summary>No such person, a wrong password, or a person the directory disabled: all the same to whoever typed it.</summary>
    Refused,

    /// <summary>The directory did not answer.</summary>
    Unavailable,
}

/// <summary>The directory did not answer (down, unreachable, or its certificate not trusted).</summary>
public sealed class DirectoryUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
