using System.Runtime.InteropServices;

namespace Mesa.Infrastructure.Kerberos;

/// <summary>
/// Tells the system's GSSAPI (MIT Kerberos, which .NET's NegotiateAuthentication uses on Linux) which keytab holds
/// Mesa's service key. KRB5_KTNAME would do the same, but .NET keeps its own copy of the environment: a variable set
/// from managed code never reaches the native library, so the library's own call is made.
/// </summary>
public static partial class ServiceKeytab
{
    private const string Gssapi = "libgssapi_krb5.so.2";

    /// <summary>Registers the keytab for every Kerberos ticket this process accepts from now on.</summary>
    /// <exception cref="InvalidOperationException">The file is missing, or GSSAPI refused it.</exception>
    public static void Register(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !OperatingSystem.IsWindows()) throw new InvalidOperationException($"Mesa__Negotiate__Keytab: the keytab {full} does not exist.");
        // On Windows the system's own Kerberos (SSPI) accepts tickets with the account Mesa runs as; no keytab is read.
        if (OperatingSystem.IsWindows()) return;
        uint status;
        try
        {
            status = krb5_gss_register_acceptor_identity(full);
        }
        catch (DllNotFoundException error)
        {
            throw new InvalidOperationException($"Mesa__Negotiate__Keytab needs MIT Kerberos' GSSAPI ({Gssapi}, Debian's libgssapi-krb5-2).", error);
        }

        if (status != 0) throw new InvalidOperationException($"GSSAPI refused the keytab {full} (status {status}).");
    }

    [LibraryImport(Gssapi, StringMarshalling = StringMarshalling.Utf8)]
    private static partial uint krb5_gss_register_acceptor_identity(string keytab);
}
