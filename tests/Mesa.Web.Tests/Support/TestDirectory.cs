using System.DirectoryServices.Protocols;
using System.Globalization;
using System.Net;

namespace Mesa.Web.Tests.Support;

/// <summary>
/// A branch of its own (<c>ou=t…,dc=mesa,dc=test</c>) in the OpenLDAP that ./test.sh starts on 127.0.0.1
/// (scripts/start-directory.sh; MESA_TEST_LDAP, MESA_TEST_DIRECTORY), with people and the groups Mesa maps to roles and
/// to "Mesa de Servicio". Tests change it as the agency's IT would: add people, disable them (the password policy's
/// lock), remove them, move them between groups. Mesa reads it over StartTLS with the test CA.
/// </summary>
public sealed class TestDirectory : IDisposable
{
    public const string Suffix = "dc=mesa,dc=test";
    public const string Domain = "MESA";
    public const string ServiceDn = "cn=mesa," + Suffix;
    public const string ServicePassword = "mesa-service";
    private const string AdminDn = "cn=admin," + Suffix;
    private const string AdminPassword = "mesa-ldap";

    private readonly LdapConnection _admin;

    public TestDirectory()
    {
        Branch = $"ou=t{Guid.NewGuid():N},{Suffix}";
        _admin = new LdapConnection(new LdapDirectoryIdentifier(Server.Host, Server.Port, true, false))
        {
            AuthType = AuthType.Basic,
            Credential = new NetworkCredential(AdminDn, AdminPassword),
        };
        _admin.SessionOptions.ProtocolVersion = 3;
        _admin.Bind();
        Add(Branch, ("objectClass", ["organizationalUnit"]), ("ou", [Branch[3..Branch.IndexOf(',')]]));
        Add($"ou=people,{Branch}", ("objectClass", ["organizationalUnit"]), ("ou", ["people"]));
        Add($"ou=groups,{Branch}", ("objectClass", ["organizationalUnit"]), ("ou", ["groups"]));
        foreach (var group in new[] { "agentes", "supervisores", "administradores", "mesa-de-servicio" })
            Add(GroupDn(group), ("objectClass", ["groupOfNames"]), ("cn", [group]), ("member", [AdminDn]));
    }

    /// <summary>Where this test's people and groups are: the base Mesa is given.</summary>
    public string Branch { get; }

    public static (string Host, int Port, int TlsPort, string Folder) Server
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("MESA_TEST_LDAP")
                ?? throw new InvalidOperationException(
                    "MESA_TEST_LDAP is not set: run the tests with ./test.sh, which starts OpenLDAP and a Kerberos KDC on 127.0.0.1.");
            var parts = value.Split(':');
            var folder = Environment.GetEnvironmentVariable("MESA_TEST_DIRECTORY")
                ?? throw new InvalidOperationException("MESA_TEST_DIRECTORY is not set: run the tests with ./test.sh.");
            return (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture),
                int.Parse(parts[2], CultureInfo.InvariantCulture), folder);
        }
    }

    public string GroupDn(string name) => $"cn={name},ou=groups,{Branch}";

    public string PersonDn(string uid) => $"uid={uid},ou=people,{Branch}";

    /// <summary>The <c>Mesa__Ldap__*</c> settings of this branch: OpenLDAP's uid, StartTLS with the test CA.</summary>
    public IReadOnlyDictionary<string, string> Settings(string security = "starttls") => new Dictionary<string, string>
    {
        ["Mesa:Ldap:Host"] = Server.Host,
        ["Mesa:Ldap:Port"] = (security == "tls" ? Server.TlsPort : Server.Port).ToString(CultureInfo.InvariantCulture),
        ["Mesa:Ldap:Security"] = security,
        ["Mesa:Ldap:TrustedCertificates"] = Path.Combine(Server.Folder, "cacerts"),
        ["Mesa:Ldap:BindDn"] = ServiceDn,
        ["Mesa:Ldap:BindPassword"] = ServicePassword,
        ["Mesa:Ldap:BaseDn"] = Branch,
        ["Mesa:Ldap:UserAttribute"] = "uid",
        ["Mesa:Ldap:Domain"] = Domain,
        ["Mesa:Ldap:Roles:agent"] = GroupDn("agentes"),
        ["Mesa:Ldap:Roles:supervisor"] = GroupDn("supervisores"),
        ["Mesa:Ldap:Roles:admin"] = GroupDn("administradores"),
        ["Mesa:Ldap:Groups:0:Dn"] = GroupDn("mesa-de-servicio"),
        ["Mesa:Ldap:Groups:0:Group"] = "Mesa de Servicio",
    };

    /// <summary>A person with a password, an address and a department (→ Localización), in the given groups.</summary>
    public void AddPerson(string uid, string name, string password, string? department = null, string? phone = null,
        params string[] groups)
    {
        var attributes = new List<(string, string[])>
        {
            ("objectClass", ["inetOrgPerson"]), ("uid", [uid]), ("cn", [name]), ("sn", [name.Split(' ')[^1]]),
            ("mail", [$"{uid}@mesa.test"]), ("userPassword", [password]),
        };
        if (department is not null) attributes.Add(("departmentNumber", [department]));
        if (phone is not null) attributes.Add(("telephoneNumber", [phone]));
        Add(PersonDn(uid), [.. attributes]);
        foreach (var group in groups) AddToGroup(uid, group);
    }

    public void AddToGroup(string uid, string group) =>
        Modify(GroupDn(group), new DirectoryAttributeModification { Name = "member", Operation = DirectoryAttributeOperation.Add }, PersonDn(uid));

    public void RemoveFromGroup(string uid, string group) =>
        Modify(GroupDn(group), new DirectoryAttributeModification { Name = "member", Operation = DirectoryAttributeOperation.Delete }, PersonDn(uid));

    public void Replace(string uid, string attribute, string value) =>
        Modify(PersonDn(uid), new DirectoryAttributeModification { Name = attribute, Operation = DirectoryAttributeOperation.Replace }, value);

    /// <summary>The password policy's permanent lock, as OpenLDAP administrators disable an account.</summary>
    public void Disable(string uid) => Replace(uid, "pwdAccountLockedTime", "000001010000Z");

    public void Enable(string uid) =>
        _admin.SendRequest(new ModifyRequest(PersonDn(uid), DirectoryAttributeOperation.Delete, "pwdAccountLockedTime"));

    public void Remove(string uid) => _admin.SendRequest(new DeleteRequest(PersonDn(uid)));

    private void Add(string dn, params (string Name, string[] Values)[] attributes)
    {
        var request = new AddRequest(dn);
        foreach (var (name, values) in attributes) request.Attributes.Add(new DirectoryAttribute(name, values));
        _admin.SendRequest(request);
    }

    private void Modify(string dn, DirectoryAttributeModification modification, string value)
    {
        modification.Add(value);
        var request = new ModifyRequest(dn);
        request.Modifications.Add(modification);
        _admin.SendRequest(request);
    }

    public void Dispose() => _admin.Dispose();
}
