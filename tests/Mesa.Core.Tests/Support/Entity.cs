using System.Reflection;

namespace Mesa.Core.Tests.Support;

/// <summary>Gives domain objects the ids the database would give them.</summary>
public static class Entity
{
    public static T WithId<T>(this T entity, object id) where T : class
    {
        var property = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance)!;
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType));
        return entity;
    }
}
