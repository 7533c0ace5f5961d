using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.People.Security;

/// <summary>
/// The organisation's rules for signing in that administrators set: whether staff (agents, supervisors,
/// administrators) must use a second factor when they sign in with a password or a link. One row.
/// </summary>
public sealed class SecurityPolicy
{
    public const long TheOne = 1;

    private SecurityPolicy()
    {
    }

    public SecurityPolicy(bool secondFactorForStaff, long changedById, DateTimeOffset changedAt)
    {
        Id = TheOne;
        SecondFactorForStaff = secondFactorForStaff;
        ChangedById = changedById;
        ChangedAt = changedAt;
    }

    public long Id { get; private set; }

    public bool SecondFactorForStaff { get; private set; }

    public long ChangedById { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public void RequireSecondFactor(bool required, long byId, DateTimeOffset at)
    {
        SecondFactorForStaff = required;
        ChangedById = byId;
        ChangedAt = at;
    }
}

internal sealed class SecurityPolicyConfiguration : IEntityTypeConfiguration<SecurityPolicy>
{
    public void Configure(EntityTypeBuilder<SecurityPolicy> p)
    {
        p.ToTable("security_policy");
        p.HasKey(x => x.Id);
        p.Property(x => x.Id).ValueGeneratedNever();
        p.HasOne<User>().WithMany().HasForeignKey(x => x.ChangedById).OnDelete(DeleteBehavior.Restrict);
    }
}
