namespace Mesa.Core.People.Directory;

/// <summary>
/// Distinguished names as directories compare them: without case and without the spaces people put after commas, so
/// that "CN=Agentes, OU=Grupos,DC=x" in the settings is the group the directory lists as "cn=agentes,ou=grupos,dc=x".
/// </summary>
public static class DistinguishedNames
{
    public static string Normalize(string dn)
    {
        var parts = dn.Split(',');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            parts[i] = equals < 0 ? part : part[..equals].Trim() + "=" + part[(equals + 1)..].Trim();
        }

        return string.Join(',', parts).ToLowerInvariant();
    }

    /// <summary>The DNS domain a base names by its dc= parts: "dc=funcionpublica,dc=gov,dc=co" → "funcionpublica.gov.co".</summary>
    public static string? DnsDomain(string baseDn)
    {
        var labels = Normalize(baseDn).Split(',')
            .Where(p => p.StartsWith("dc=", StringComparison.Ordinal))
            .Select(p => p[3..])
            .ToList();
        return labels.Count == 0 ? null : string.Join('.', labels);
    }
}
