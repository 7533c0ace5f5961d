namespace Mesa.Core.People;

/// <summary>Where an account's password lives (Guía §8).</summary>
public enum AccountOrigin
{
    /// <summary>"Acceso usuario": an account of Mesa's own, with its password kept (hashed) by Mesa.</summary>
    Local,

    /// <summary>"Acceso integrado Windows": the agency's directory keeps the person and their password.</summary>
    Directory,
}
