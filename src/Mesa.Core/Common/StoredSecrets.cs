using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Mesa.Core.Common;

/// <summary>
/// The passwords Mesa must present itself (a mailbox's, the mail server's) when an administrator types them in the
/// browser: kept in the database encrypted with the data-protection keys, which every instance shares, and never shown
/// again. A value that cannot be read back (the keys were lost) is as if it were not set.
/// </summary>
public sealed class StoredSecrets(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Mesa.StoredSecrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>A password as typed, spaces at its ends included, or bad input beside <paramref name="field"/>.</summary>
    public static string Check(string field, string? secret, int maxLength)
    {
        var typed = secret ?? "";
        if (typed.Length > maxLength) throw new InputException(field, Rules.TooLong, maxLength);
        return typed == InputText.Clean(typed) ? typed : throw new InputException(field, Rules.InvalidValue, Administration.AuditedRecords.Hidden);
    }

    public string? Unprotect(string stored)
    {
        try
        {
            return _protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
