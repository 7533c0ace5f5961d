using Mesa.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mesa.Core.Knowledge;

internal sealed class KnowledgeArticleConfiguration : IEntityTypeConfiguration<KnowledgeArticle>
{
    public void Configure(EntityTypeBuilder<KnowledgeArticle> a)
    {
        a.ToTable("knowledge_articles");
        a.HasKey(x => x.Id);
        a.Ignore(x => x.Code);
        a.Ignore(x => x.IsRetired);
        a.Property(x => x.Title).HasMaxLength(KnowledgeArticle.TitleMaxLength);
        a.Property(x => x.Body).HasMaxLength(KnowledgeArticle.BodyMaxLength);
        a.Property(x => x.Keywords).HasMaxLength(KnowledgeArticle.KeywordsMaxLength);
        a.Property(x => x.SearchText)
            .HasMaxLength(KnowledgeArticle.TitleMaxLength + KnowledgeArticle.KeywordsMaxLength + KnowledgeArticle.BodyMaxLength + 2);
        a.HasOne<Catalog.Service>().WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        a.Property(x => x.ServiceId).WithoutIndex();
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.CreatedById).OnDelete(DeleteBehavior.Restrict);
        a.Property(x => x.CreatedById).WithoutIndex();
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        a.Property(x => x.UpdatedById).WithoutIndex();
        a.HasOne<People.User>().WithMany().HasForeignKey(x => x.RetiredById).OnDelete(DeleteBehavior.Restrict);
        a.Property(x => x.RetiredById).WithoutIndex();
        // The list and the panel's Avisos read the latest changed articles first.
        a.HasIndex(x => x.UpdatedAt);
    }
}
