using System.DirectoryServices.Protocols;
using System.Globalization;
using Mesa.Core.People.Directory;

namespace Mesa.Infrastructure.Ldap;

/// <summary>
/// Reads a person from a directory entry, whichever directory it is: Active Directory (objectGUID, sAMAccountName,
/// userAccountControl, accountExpires, department) or OpenLDAP and its kin (entryUUID, uid, the password policy's
/// lock, shadowExpire, nsAccountLock, departmentNumber or ou).
/// </summary>
public static class LdapEntries
{
    /// <summary>The attributes asked for every person (the user attribute is added by the caller).</summary>
    public static readonly string[] PersonAttributes =
    [
        "objectGUID", "entryUUID", "cn", "displayName", "givenName", "sn", "mail", "department", "departmentNumber", "ou",
        "telephoneNumber", "mobile", "userAccountControl", "accountExpires", "pwdAccountLockedTime", "shadowExpire",
        "nsAccountLock", "manager",
    ];

    /// <summary>Active Directory's userAccountControl flag for a disabled account.</summary>
    private const int AccountDisable = 0x2;

    public static DirectoryPerson Person(SearchResultEntry entry, string userAttribute, IReadOnlySet<string> groups,
        DateTimeOffset now)
    {
        var userName = First(entry, userAttribute) ?? "";
        var name = First(entry, "displayName") ?? First(entry, "cn")
            ?? string.Join(' ', new[] { First(entry, "givenName"), First(entry, "sn") }.Where(p => p is not null));
        return new DirectoryPerson(
            Key(entry),
            entry.DistinguishedName,
            userName,
            string.IsNullOrWhiteSpace(name) ? userName : name.Trim(),
            First(entry, "mail")?.Trim(),
            (First(entry, "department") ?? First(entry, "departmentNumber") ?? First(entry, "ou"))?.Trim(),
            (First(entry, "telephoneNumber") ?? First(entry, "mobile"))?.Trim(),
            Enabled(entry, now),
            groups,
            First(entry, "manager")?.Trim());
    }

    /// <summary>The entry's own identifier: objectGUID (Active Directory), entryUUID (OpenLDAP), else its DN.</summary>
    public static string Key(SearchResultEntry entry)
    {
        if (Attribute(entry, "objectGUID") is { } guid && guid.GetValues(typeof(byte[])) is [byte[] { Length: 16 } bytes, ..])
            return "guid:" + new Guid(bytes).ToString("D");
        if (First(entry, "entryUUID") is { } uuid) return "uuid:" + uuid.ToLowerInvariant();
        return "dn:" + DistinguishedNames.Normalize(entry.DistinguishedName);
    }

    /// <summary>The search filter that finds the entry of a key <see cref="Key"/> made.</summary>
    public static string KeyFilter(string key) => key switch
    {
        _ when key.StartsWith("guid:", StringComparison.Ordinal) && Guid.TryParse(key[5..], out var guid) =>
            $"(objectGUID={LdapFilter.Escape(guid.ToByteArray())})",
        _ when key.StartsWith("uuid:", StringComparison.Ordinal) => $"(entryUUID={LdapFilter.Escape(key[5..])})",
        _ => "(objectClass=*)",
    };

    /// <summary>
    /// Whether the directory still lets the person in: not disabled (userAccountControl, nsAccountLock), not locked
    /// by the password policy, not expired (accountExpires, shadowExpire).
    /// </summary>
    public static bool Enabled(SearchResultEntry entry, DateTimeOffset now)
    {
        if (int.TryParse(First(entry, "userAccountControl"), CultureInfo.InvariantCulture, out var control)
            && (control & AccountDisable) != 0)
            return false;
        if (long.TryParse(First(entry, "accountExpires"), CultureInfo.InvariantCulture, out var expires)
            && expires is > 0 and < long.MaxValue && DateTimeOffset.FromFileTime(expires) <= now)
            return false;
        if (First(entry, "pwdAccountLockedTime") is not null) return false;
        if (long.TryParse(First(entry, "shadowExpire"), CultureInfo.InvariantCulture, out var days)
            && days >= 0 && DateTimeOffset.UnixEpoch.AddDays(days) <= now)
            return false;
        return !string.Equals(First(entry, "nsAccountLock"), "true", StringComparison.OrdinalIgnoreCase);
    }

    public static string? First(SearchResultEntry entry, string name) =>
        Attribute(entry, name) is { Count: > 0 } attribute && attribute.GetValues(typeof(string)) is [string value, ..]
            ? value
            : null;

    public static DirectoryAttribute? Attribute(SearchResultEntry entry, string name)
    {
        foreach (string key in entry.Attributes.AttributeNames)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return entry.Attributes[key];
        }

        return null;
    }
}
