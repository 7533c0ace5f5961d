namespace Mesa.Core.People.Security;

/// <summary>How a person proved who they are.</summary>
public enum SignInMethod
{
    /// <summary>A password Mesa keeps ("Acceso usuario").</summary>
    Password,

    /// <summary>The network password, checked by the directory.</summary>
    DirectoryPassword,

    /// <summary>A link sent by e-mail.</summary>
    Link,

    /// <summary>The Windows session's Kerberos ticket ("Acceso integrado Windows").</summary>
    Kerberos,

    /// <summary>A code of the authenticator app, after the password.</summary>
    Authenticator,

    /// <summary>A recovery code, after the password.</summary>
    RecoveryCode,
}

/// <summary>Where the attempt came in.</summary>
public enum SignInChannel
{
    /// <summary>The pages (the console and the portal).</summary>
    Page,

    /// <summary>The REST API's Basic sign-in.</summary>
    Api,
}
