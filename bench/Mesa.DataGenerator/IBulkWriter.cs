namespace Mesa.DataGenerator;

/// <summary>Writes many rows fast: COPY on PostgreSQL, prepared inserts in one transaction on SQLite.</summary>
public interface IBulkWriter : IAsyncDisposable
{
    Task WriteAsync<T>(IReadOnlyList<T> rows, CancellationToken ct) where T : class;
}
