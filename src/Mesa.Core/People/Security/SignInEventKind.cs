namespace Mesa.Core.People.Security;

public enum SignInEventKind
{
    SignedIn,

    /// <summary>A wrong password, an unknown name, an account that may not sign in, a code that was not right.</summary>
    Failed,

    /// <summary>The failure that locked the account from the address (Guía §8).</summary>
    LockedOut,

    SignedOut,

    /// <summary>A session ended by its owner or an administrator.</summary>
    SessionEnded,

    SecondFactorEnrolled,

    SecondFactorRemoved,

    RecoveryCodesRenewed,

    /// <summary>The rule that staff must use a second factor switched on or off.</summary>
    SecondFactorPolicyChanged,
}
