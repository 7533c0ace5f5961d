using System.DirectoryServices.Protocols;
using System.Runtime.CompilerServices;
using Mesa.Core.People.Directory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesa.Infrastructure.Ldap;

/// <summary>
/// The agency's directory through the platform's own LDAP client (System.DirectoryServices.Protocols, OpenLDAP's
/// library on Linux): finds people under the base by the user attribute, binds as them to check a password, reads
/// everyone page by page for the sync, and which of the mapped groups each belongs to (direct members: member,
/// uniqueMember or memberUid).
/// </summary>
public sealed class LdapDirectory(IOptions<DirectoryOptions> options, LdapConnections connections, TimeProvider clock,
    ILogger<LdapDirectory> log) : IDirectory
{
    private const int PageSize = 500;

    private readonly DirectoryOptions _options = options.Value;

    public bool IsConfigured => _options.IsConfigured;

    public string? UserNameOf(string typedName)
    {
        var typed = typedName.Trim();
        string name;
        var slash = typed.IndexOf('\\', StringComparison.Ordinal);
        var at = typed.LastIndexOf('@');
        if (slash >= 0)
        {
            if (string.IsNullOrWhiteSpace(_options.Domain)
                || !typed[..slash].Equals(_options.Domain.Trim(), StringComparison.OrdinalIgnoreCase))
                return null;
            name = typed[(slash + 1)..];
        }
        else if (at >= 0)
        {
            var domain = typed[(at + 1)..];
            var known = DistinguishedNames.DnsDomain(_options.BaseDn);
            if (!domain.Equals(known, StringComparison.OrdinalIgnoreCase)
                && !domain.Equals(_options.Domain?.Trim(), StringComparison.OrdinalIgnoreCase))
                return null;
            name = typed[..at];
        }
        else
        {
            name = typed;
        }

        return name.Length is > 0 and <= Core.People.User.UserNameMaxLength && !name.Any(char.IsControl)
            && name.IndexOfAny(['\\', '@']) < 0
            ? name
            : null;
    }

    public async Task<DirectoryBind> BindAsync(string typedName, string password, CancellationToken ct)
    {
        if (!IsConfigured || UserNameOf(typedName) is not { } userName) return new DirectoryBind(DirectoryBindOutcome.NotADirectoryName);
        // An empty password is an anonymous bind, which directories accept: never a sign-in.
        if (string.IsNullOrEmpty(password)) return new DirectoryBind(DirectoryBindOutcome.Refused);
        try
        {
            var person = await FindAsync(userName, ct);
            if (person is null || !person.Enabled) return new DirectoryBind(DirectoryBindOutcome.Refused);
            return connections.BindAs(person.Dn, password)
                ? new DirectoryBind(DirectoryBindOutcome.Succeeded, person)
                : new DirectoryBind(DirectoryBindOutcome.Refused);
        }
        catch (Exception error) when (error is DirectoryUnavailableException or LdapException or DirectoryOperationException)
        {
            log.LogWarning(error, "The directory did not answer a sign-in");
            return new DirectoryBind(DirectoryBindOutcome.Unavailable);
        }
    }

    public async Task<DirectoryPerson?> FindAsync(string userName, CancellationToken ct)
    {
        var filter = $"(&{_options.PeopleFilter}({_options.UserAttribute}={LdapFilter.Escape(userName)}))";
        return await SearchPersonAsync(_options.BaseDn, SearchScope.Subtree, filter, withGroups: true, ct);
    }

    public Task<DirectoryPerson?> FindByKeyAsync(string key, CancellationToken ct)
    {
        if (key.StartsWith("dn:", StringComparison.Ordinal))
            return SearchPersonAsync(key[3..], SearchScope.Base, _options.PeopleFilter, withGroups: false, ct);
        var filter = $"(&{_options.PeopleFilter}{LdapEntries.KeyFilter(key)})";
        return SearchPersonAsync(_options.BaseDn, SearchScope.Subtree, filter, withGroups: false, ct);
    }

    /// <summary>
    /// Pages of <see cref="PageSize"/> on one connection held to the end: a directory ties the paging cookie to the
    /// connection that asked for it.
    /// </summary>
    public async IAsyncEnumerable<DirectoryPerson> PeopleAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var groups = await Use(connection => GroupMembers(connection), ct);
        var connection = Rent();
        var healthy = false;
        try
        {
            var page = new PageResultRequestControl(PageSize);
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var request = new SearchRequest(_options.BaseDn, _options.PeopleFilter, SearchScope.Subtree, Attributes());
                request.Controls.Add(page);
                SearchResponse response;
                try
                {
                    response = (SearchResponse)await Send(connection, request);
                }
                catch (Exception error) when (error is LdapException or DirectoryOperationException)
                {
                    throw new DirectoryUnavailableException($"The directory stopped answering the list of people: {error.Message}", error);
                }

                var now = clock.GetUtcNow();
                foreach (SearchResultEntry entry in response.Entries)
                {
                    var person = LdapEntries.Person(entry, _options.UserAttribute, GroupsOf(entry, groups), now);
                    if (person.UserName.Length > 0) yield return person;
                }

                var cookie = response.Controls.OfType<PageResultResponseControl>().FirstOrDefault()?.Cookie;
                if (cookie is not { Length: > 0 }) break;
                page = new PageResultRequestControl(PageSize) { Cookie = cookie };
            }

            healthy = true;
        }
        finally
        {
            if (healthy) connections.Return(connection);
            else connection.Dispose();
        }
    }

    private async Task<DirectoryPerson?> SearchPersonAsync(string searchBase, SearchScope scope, string filter,
        bool withGroups, CancellationToken ct)
    {
        return await Use(async connection =>
        {
            SearchResponse response;
            try
            {
                response = (SearchResponse)await Send(connection,
                    new SearchRequest(searchBase, filter, scope, Attributes()) { SizeLimit = 2 });
            }
            catch (DirectoryOperationException error) when (error.Response?.ResultCode is ResultCode.NoSuchObject)
            {
                return null;
            }

            // Two entries for one name is a directory Mesa cannot tell apart: nobody.
            if (response.Entries.Count != 1) return null;
            var entry = response.Entries[0];
            var groups = withGroups ? await MappedGroupsOfAsync(connection, entry) : new HashSet<string>();
            return LdapEntries.Person(entry, _options.UserAttribute, groups, clock.GetUtcNow());
        }, ct);
    }

    /// <summary>Which mapped groups list this entry as a direct member: one base search per mapped group.</summary>
    private async Task<IReadOnlySet<string>> MappedGroupsOfAsync(LdapConnection connection, SearchResultEntry entry)
    {
        var dn = LdapFilter.Escape(entry.DistinguishedName);
        var uid = LdapFilter.Escape(LdapEntries.First(entry, _options.UserAttribute) ?? "");
        var filter = $"(|(member={dn})(uniqueMember={dn})(memberUid={uid}))";
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in _options.MappedGroupDns())
        {
            try
            {
                var response = (SearchResponse)await Send(connection,
                    new SearchRequest(group, filter, SearchScope.Base, "1.1"));
                if (response.Entries.Count > 0) found.Add(group);
            }
            catch (DirectoryOperationException error) when (error.Response?.ResultCode is ResultCode.NoSuchObject)
            {
                log.LogWarning("The directory group {Group} in Mesa__Ldap__ does not exist", group);
            }
        }

        return found;
    }

    /// <summary>Every mapped group's direct members: DNs (normalized) and memberUid names (lower case).</summary>
    private async Task<Dictionary<string, HashSet<string>>> GroupMembers(LdapConnection connection)
    {
        var members = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in _options.MappedGroupDns())
        {
            var set = members[group] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var attribute in new[] { "member", "uniqueMember", "memberUid" })
            {
                try
                {
                    await foreach (var value in RangedValues(connection, group, attribute))
                        set.Add(attribute == "memberUid" ? "uid:" + value.ToLowerInvariant() : DistinguishedNames.Normalize(value));
                }
                catch (DirectoryOperationException error) when (error.Response?.ResultCode is ResultCode.NoSuchObject)
                {
                    log.LogWarning("The directory group {Group} in Mesa__Ldap__ does not exist", group);
                    break;
                }
            }
        }

        return members;
    }

    /// <summary>
    /// All values of a group's member attribute. Active Directory answers big groups a range at a time
    /// ("member;range=0-1499"); the next range is asked until the last ends with "*".
    /// </summary>
    private static async IAsyncEnumerable<string> RangedValues(LdapConnection connection, string dn, string attribute)
    {
        var asked = attribute;
        while (true)
        {
            var response = (SearchResponse)await Send(connection,
                new SearchRequest(dn, "(objectClass=*)", SearchScope.Base, asked));
            if (response.Entries.Count == 0) yield break;
            var entry = response.Entries[0];
            string? ranged = null;
            foreach (string name in entry.Attributes.AttributeNames)
            {
                if (!name.Equals(attribute, StringComparison.OrdinalIgnoreCase)
                    && !name.StartsWith(attribute + ";range=", StringComparison.OrdinalIgnoreCase))
                    continue;
                foreach (string value in entry.Attributes[name].GetValues(typeof(string))) yield return value;
                if (name.Contains(";range=", StringComparison.OrdinalIgnoreCase)) ranged = name;
            }

            if (ranged is null || ranged.EndsWith("-*", StringComparison.Ordinal)) yield break;
            var end = int.Parse(ranged[(ranged.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            asked = $"{attribute};range={end + 1}-*";
        }
    }

    private HashSet<string> GroupsOf(SearchResultEntry entry, Dictionary<string, HashSet<string>> groups)
    {
        var dn = DistinguishedNames.Normalize(entry.DistinguishedName);
        var uid = "uid:" + (LdapEntries.First(entry, _options.UserAttribute) ?? "").ToLowerInvariant();
        return groups.Where(g => g.Value.Contains(dn) || g.Value.Contains(uid)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
    }

    private string[] Attributes() => [.. LdapEntries.PersonAttributes, _options.UserAttribute];

    /// <summary>
    /// Runs work on a kept service connection; a connection that fails is dropped and the work tried once more on a
    /// new one (the directory may have closed an idle connection). A directory that still does not answer is unavailable.
    /// </summary>
    private async Task<T> Use<T>(Func<LdapConnection, Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            ct.ThrowIfCancellationRequested();
            var connection = Rent();
            try
            {
                var result = await work(connection);
                connections.Return(connection);
                return result;
            }
            catch (LdapException error) when (attempt < 2)
            {
                connection.Dispose();
                log.LogDebug(error, "A kept directory connection failed; trying a new one");
            }
            catch (LdapException error)
            {
                connection.Dispose();
                throw new DirectoryUnavailableException($"The directory at {_options.Host}:{_options.Port} did not answer: {error.Message}", error);
            }
            catch (DirectoryOperationException error) when (error.Response?.ResultCode is not ResultCode.NoSuchObject)
            {
                connections.Return(connection);
                throw new DirectoryUnavailableException($"The directory refused a search: {error.Message}", error);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }
    }

    private LdapConnection Rent()
    {
        try
        {
            return connections.RentService();
        }
        catch (LdapException error)
        {
            throw new DirectoryUnavailableException($"The directory at {_options.Host}:{_options.Port} did not answer: {error.Message}", error);
        }
    }

    /// <summary>
    /// The client's synchronous send, on a pool thread: it waits on the socket until the whole answer is in. Its
    /// asynchronous send polls instead, with pauses growing to 100 ms, and reads at each poll only what has arrived,
    /// so that under load a page of 500 people outlasted the timeout.
    /// </summary>
    private static Task<DirectoryResponse> Send(LdapConnection connection, DirectoryRequest request) =>
        Task.Run(() => connection.SendRequest(request));
}
