namespace Mesa.Core.People.Security;

/// <summary>The codes of <see cref="SignInEvent.Detail"/>, shown to administrators in their words.</summary>
public static class SignInDetails
{
    /// <summary>Tried while locked from that address.</summary>
    public const string WhileLocked = "while-locked";

    public const string DirectoryUnavailable = "directory-unavailable";

    public const string AwaitingConfirmation = "awaiting-confirmation";

    /// <summary>The second factor's code, after a right password, was not right.</summary>
    public const string WrongCode = "wrong-code";

    /// <summary>The account or its directory entry is disabled, removed or was never there.</summary>
    public const string NoAccount = "no-account";

    public const string On = "on";

    public const string Off = "off";
}
