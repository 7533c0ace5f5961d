using System.Text;

namespace Mesa.Infrastructure.Ldap;

/// <summary>Values put into LDAP search filters (RFC 4515): a typed name never adds a clause of its own.</summary>
public static class LdapFilter
{
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '*' or '(' or ')' or '\\' or '\0') escaped.Append('\\').Append(((int)c).ToString("x2"));
            else escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Binary values (objectGUID) as the filter's \xx escapes.</summary>
    public static string Escape(byte[] value)
    {
        var escaped = new StringBuilder(value.Length * 3);
        foreach (var b in value) escaped.Append('\\').Append(b.ToString("x2"));
        return escaped.ToString();
    }
}
