namespace Mesa.Core.People.Directory;

/// <summary>
/// The agency's directory (<c>Mesa__Ldap__*</c>): where it is, how Mesa reads it, and which of its groups
/// make a person an agent, a supervisor, an administrator or a member of a Mesa group. No host, no directory.
/// </summary>
public sealed class DirectoryOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 389;

    /// <summary><c>starttls</c> (the default), <c>tls</c> (LDAPS) or <c>none</c> (plain, only to a directory on loopback).</summary>
    public string Security { get; set; } = "starttls";

    /// <summary>The service account that reads the directory; none for a directory that answers anonymous searches.</summary>
    public string? BindDn { get; set; }

    public string? BindPassword { get; set; }

    /// <summary>Where the people and groups are searched.</summary>
    public string BaseDn { get; set; } = "";

    /// <summary>The attribute a typed user name is: <c>sAMAccountName</c> in Active Directory, <c>uid</c> in OpenLDAP.</summary>
    public string UserAttribute { get; set; } = "sAMAccountName";

    /// <summary>The NetBIOS domain accepted in <c>DOMINIO\usuario</c>.</summary>
    public string? Domain { get; set; }

    /// <summary>Which entries under the base are people; by default <see cref="PeopleFilter"/>.</summary>
    public string? UserFilter { get; set; }

    /// <summary>
    /// The filter for people: the one set, or Active Directory's own for people (computers are users there too) when
    /// names are sAMAccountName, or any person elsewhere. A filter naming a class the directory does not know matches
    /// nothing, so each directory gets the classes it has.
    /// </summary>
    public string PeopleFilter => !string.IsNullOrWhiteSpace(UserFilter) ? UserFilter.Trim()
        : UserAttribute.Equals("sAMAccountName", StringComparison.OrdinalIgnoreCase) ? "(&(objectCategory=person)(objectClass=user))"
        : "(objectClass=person)";

    /// <summary>Role name (agent, supervisor, admin) → the DN of the directory group whose members get that role.</summary>
    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Directory groups whose members are members of a Mesa group.</summary>
    public List<GroupMapping> Groups { get; set; } = [];

    /// <summary>A folder of CA certificates (PEM, hashed names: <c>openssl rehash</c>) the directory's certificate is checked against; none = the system's.</summary>
    public string? TrustedCertificates { get; set; }

    /// <summary>
    /// How long a directory account's standing (still there, still enabled) is trusted for a session or a token before
    /// the directory is asked again; 0 asks on every request.
    /// </summary>
    public int RecheckSeconds { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public sealed class GroupMapping
    {
        public string Dn { get; set; } = "";

        public string Group { get; set; } = "";
    }

    /// <summary>Every directory group Mesa reads, normalized (<see cref="DistinguishedNames.Normalize"/>).</summary>
    public IReadOnlySet<string> MappedGroupDns() =>
        Roles.Values.Concat(Groups.Select(g => g.Dn))
            .Where(dn => !string.IsNullOrWhiteSpace(dn))
            .Select(DistinguishedNames.Normalize)
            .ToHashSet(StringComparer.Ordinal);
}
