using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace Mesa.Core.Data;

/// <summary>
/// EF Core gives every foreign key an index. On the hot tables (tickets, their events, the outbox) an index that no
/// query reads is only a cost: each assignment updates tickets outside PostgreSQL's HOT path, so every index of the
/// table gets a new entry (10,000 assignments in under 5 s). A key marked with <see cref="WithoutIndex"/>
/// keeps its constraint and loses the index; the references it guards (a substate, the user who last edited) are never
/// deleted, so no delete ever has to search for them.
/// </summary>
public static class ForeignKeyIndexes
{
    internal const string Annotation = "Mesa:WithoutForeignKeyIndex";

    /// <summary>Marks a foreign-key property as needing no index. Call it before configuring the relationship.</summary>
    public static PropertyBuilder<T> WithoutIndex<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(Annotation, true);

    internal static bool IsWithoutIndex(IReadOnlyProperty property) => property.FindAnnotation(Annotation)?.Value is true;
}

/// <summary>
/// EF Core's foreign-key index convention, minus the keys marked <see cref="ForeignKeyIndexes.WithoutIndex"/>: no
/// index is made for them, and one made before the mark (relationships found by convention come first) is dropped.
/// </summary>
internal sealed class SelectiveForeignKeyIndexConvention(ProviderConventionSetBuilderDependencies dependencies)
    : ForeignKeyIndexConvention(dependencies), IPropertyAnnotationChangedConvention
{
    public void ProcessPropertyAnnotationChanged(IConventionPropertyBuilder propertyBuilder, string name,
        IConventionAnnotation? annotation, IConventionAnnotation? oldAnnotation,
        IConventionContext<IConventionAnnotation> context)
    {
        if (name != ForeignKeyIndexes.Annotation || annotation?.Value is not true) return;
        var made = propertyBuilder.Metadata.GetContainingIndexes()
            .Where(i => i.Properties.Count == 1 && i.GetConfigurationSource() == ConfigurationSource.Convention).ToList();
        foreach (var index in made) index.DeclaringEntityType.Builder.HasNoIndex(index);
    }

    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique,
        IConventionEntityTypeBuilder entityTypeBuilder) =>
        properties.Count == 1 && ForeignKeyIndexes.IsWithoutIndex(properties[0])
            ? null
            : base.CreateIndex(properties, unique, entityTypeBuilder);
}
