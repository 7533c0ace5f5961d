using Mesa.Core.Common;
using Mesa.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Mesa.Core.People.Security;

/// <summary>
/// Second factors: who must give a code after proving who they are, setting one up (a key for the app, then its first
/// code), checking a code at sign-in, new recovery codes, removing one, and the rule that staff must have one. Each
/// change is in the sign-in log, in the same save.
/// </summary>
public sealed class SecondFactors(MesaDbContext db, SignInLog log, IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>The name authenticator apps show beside the account.</summary>
    public const string Issuer = "Mesa";

    private readonly IDataProtector _protector = protection.CreateProtector("Mesa.SecondFactor.Key.v1");

    /// <summary>A key being set up: as the person types it, and as the QR code holds it.</summary>
    public sealed record Enrolment(string ReadableKey, string Uri);

    private static readonly string[] StaffRoles = [Roles.Agent, Roles.Supervisor, Roles.Admin];

    /// <summary>
    /// Who gives a code after proving who they are: everyone who set one up, and, when administrators require it,
    /// every agent, supervisor and administrator. A Windows sign-in (Kerberos, inside the building, on a machine of
    /// the domain) is strong on its own and asks for none.
    /// </summary>
    public static bool IsRequired(bool enrolled, bool forStaff, IEnumerable<string> roles, SignInMethod method) =>
        method != SignInMethod.Kerberos && (enrolled || (forStaff && roles.Any(StaffRoles.Contains)));

    /// <summary>Whether administrators require a second factor of staff.</summary>
    public async Task<bool> ForStaffAsync(CancellationToken ct) =>
        await db.Set<SecurityPolicy>().AsNoTracking().Select(p => (bool?)p.SecondFactorForStaff).SingleOrDefaultAsync(ct) ?? false;

    public async Task<bool> RequiredAsync(User user, SignInMethod method, CancellationToken ct)
    {
        if (method == SignInMethod.Kerberos) return false;
        var factor = await OfAsync(user.Id, ct);
        return IsRequired(factor?.IsEnrolled == true, await ForStaffAsync(ct), await RolesOfAsync(user.Id, ct), method);
    }

    /// <summary>Whether the rule for staff applies to this person (so that they may not remove their factor).</summary>
    public async Task<bool> RequiredOfAsync(User user, CancellationToken ct) =>
        await ForStaffAsync(ct) && (await RolesOfAsync(user.Id, ct)).Any(StaffRoles.Contains);

    public Task<SecondFactor?> OfAsync(long userId, CancellationToken ct) =>
        db.Set<SecondFactor>().SingleOrDefaultAsync(f => f.UserId == userId, ct);

    /// <summary>The key being set up (made the first time; the same until it is confirmed or started again).</summary>
    public async Task<Enrolment> EnrolmentAsync(User user, bool again, CancellationToken ct)
    {
        var factor = await OfAsync(user.Id, ct);
        if (factor is { IsEnrolled: true }) throw new DomainException(Rules.SecondFactorAlreadyOn);
        if (factor is null)
        {
            factor = new SecondFactor(user.Id, Protect(Authenticator.NewKey()));
            db.Add(factor);
            await db.SaveChangesAsync(ct);
        }
        else if (again)
        {
            factor.Restart(Protect(Authenticator.NewKey()));
            await db.SaveChangesAsync(ct);
        }

        var key = Unprotect(factor);
        return new Enrolment(Authenticator.Readable(key), Authenticator.EnrolmentUri(Issuer, user.UserName!, key));
    }

    /// <summary>The app's first right code turns the factor on: answers the recovery codes, shown this once.</summary>
    public async Task<IReadOnlyList<string>> ConfirmAsync(User user, string? code, string? address, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new InputException("code", Rules.Required);
        var factor = await OfAsync(user.Id, ct) ?? throw new DomainException(Rules.SecondFactorNotStarted);
        var codes = factor.Confirm(Unprotect(factor), code, clock.GetUtcNow());
        log.Add(new(SignInEventKind.SecondFactorEnrolled, user, user.UserName!, Address: address));
        await db.SaveChangesAsync(ct);
        return codes;
    }

    /// <summary>
    /// A code after the password: how it proved the person (the app, or a recovery code, now used up), or null for a
    /// code that is not right, which the caller counts as a failed sign-in.
    /// </summary>
    public async Task<SignInMethod?> CheckAsync(User user, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40) return null;
        var factor = await OfAsync(user.Id, ct);
        if (factor is null) return null;
        var method = factor.Check(Unprotect(factor), code, clock.GetUtcNow());
        if (method is not null) await db.SaveChangesAsync(ct);
        return method;
    }

    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(User user, string? address, CancellationToken ct)
    {
        var factor = await OfAsync(user.Id, ct);
        if (factor is not { IsEnrolled: true }) throw new DomainException(Rules.SecondFactorNotOn);
        var codes = factor.RenewRecoveryCodes();
        log.Add(new(SignInEventKind.RecoveryCodesRenewed, user, user.UserName!, Address: address));
        await db.SaveChangesAsync(ct);
        return codes;
    }

    /// <summary>
    /// Removes a person's second factor: by themselves while the rule for staff does not apply to them, or by an
    /// administrator (a phone lost with its codes); the next sign-in sets a new one up when the rule applies.
    /// </summary>
    public async Task RemoveAsync(User user, User by, string? address, CancellationToken ct)
    {
        var factor = await OfAsync(user.Id, ct);
        if (factor is not { IsEnrolled: true }) throw new DomainException(Rules.SecondFactorNotOn);
        if (by.Id == user.Id && await RequiredOfAsync(user, ct)) throw new DomainException(Rules.SecondFactorRequired);
        db.Remove(factor);
        log.Add(new(SignInEventKind.SecondFactorRemoved, user, user.UserName!, Address: address, By: by.Id == user.Id ? null : by));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Administrators require (or stop requiring) a second factor of staff.</summary>
    public async Task SetForStaffAsync(bool required, User by, string? address, CancellationToken ct)
    {
        var policy = await db.Set<SecurityPolicy>().SingleOrDefaultAsync(ct);
        if ((policy?.SecondFactorForStaff ?? false) == required) return;
        if (policy is null) db.Add(new SecurityPolicy(required, by.Id, clock.GetUtcNow()));
        else policy.RequireSecondFactor(required, by.Id, clock.GetUtcNow());
        log.Add(new(SignInEventKind.SecondFactorPolicyChanged, by, by.UserName!, Address: address, By: by,
            Detail: required ? SignInDetails.On : SignInDetails.Off));
        await db.SaveChangesAsync(ct);
    }

    private Task<List<string>> RolesOfAsync(long userId, CancellationToken ct) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         where ur.UserId == userId
         select r.Name!).ToListAsync(ct);

    private string Protect(byte[] key) => _protector.Protect(Convert.ToBase64String(key));

    private byte[] Unprotect(SecondFactor factor) => Convert.FromBase64String(_protector.Unprotect(factor.ProtectedKey));
}
