using System.Security.Cryptography;
using System.Text;
using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People;

/// <summary>
/// The one-time key that lets whoever started Mesa create the first administrator of a new installation: made at
/// start, written only to the console of that instance, compared in constant time, useless once an administrator exists.
/// </summary>
public sealed class SetupKey
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public bool Matches(string? typed) =>
        typed is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(typed.Trim()), Encoding.UTF8.GetBytes(Value));
}

/// <summary>
/// Guía §4, a new installation without a developer: while no active administrator exists (no demo set, no directory
/// group mapped to the role), the person at Mesa's console creates the first one with the key of <see cref="SetupKey"/>;
/// everything else is done from the administration pages by that person.
/// </summary>
public sealed class FirstAdministrator(MesaDbContext db, PeopleAdministration people, SetupKey key)
{
    public Task<bool> IsNeededAsync(CancellationToken ct) =>
        db.UserRoles.Where(r => db.Roles.Any(role => role.Id == r.RoleId && role.NormalizedName == "ADMIN"))
            .AllAsync(r => !db.Users.Any(u => u.Id == r.UserId && u.DeactivatedAt == null && !u.IsSystem), ct);

    public async Task<User> CreateAsync(string? typedKey, PeopleAdministration.PersonInput input, CancellationToken ct)
    {
        if (!await IsNeededAsync(ct)) throw new DomainException(Rules.SetupDone);
        if (!key.Matches(typedKey)) throw new InputException("key", Rules.SetupKeyWrong);
        if (string.IsNullOrEmpty(input.Password)) throw new InputException("password", Rules.Required);
        return await people.CreateAsync(input with { Roles = [Roles.Admin], Groups = null, Supervises = null, Active = true }, ct);
    }
}
