using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Alerts;

internal sealed class AgentAlertConfiguration : IEntityTypeConfiguration<AgentAlert>
{
    public void Configure(EntityTypeBuilder<AgentAlert> a)
    {
        a.ToTable("agent_alerts");
        a.HasKey(x => x.Id);
        a.Property(x => x.Text).HasMaxLength(AgentAlert.TextMaxLength);
        a.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.WithdrawnById).OnDelete(DeleteBehavior.Restrict);
        // The panel asks for the alerts not yet withdrawn; there are few, and fewer still that show.
        a.HasIndex(x => new { x.WithdrawnAt, x.StartsAt });
    }
}
