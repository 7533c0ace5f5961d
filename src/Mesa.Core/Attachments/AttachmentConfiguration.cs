using Mesa.Core.People;
using Mesa.Core.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Attachments;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> a)
    {
        a.ToTable("attachments");
        a.HasKey(x => x.Id);
        a.Property(x => x.FileName).HasMaxLength(Attachment.FileNameMaxLength);
        a.Property(x => x.ContentType).HasMaxLength(Attachment.ContentTypeMaxLength);
        a.Property(x => x.Sha256).HasMaxLength(64);
        a.HasOne(x => x.Action).WithMany().HasForeignKey(x => x.ActionId).OnDelete(DeleteBehavior.Restrict);
        a.HasOne<User>().WithMany().HasForeignKey(x => x.AddedById).OnDelete(DeleteBehavior.Restrict);
        a.HasIndex(x => new { x.TicketId, x.Id });
    }
}
