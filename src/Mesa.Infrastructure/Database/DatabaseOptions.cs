namespace Mesa.Infrastructure.Database;

/// <summary><c>Mesa__Database__Provider</c>, <c>__ConnectionString</c>, <c>__Migrate</c>.</summary>
public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "sqlite";

    public string? ConnectionString { get; set; }

    public bool Migrate { get; set; } = true;
}
