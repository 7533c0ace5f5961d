namespace Mesa.Core.Attachments;

/// <summary>Bytes kept under their SHA-256: the same file sent twice is stored once.</summary>
public sealed record StoredFile(string Sha256, long Size);

/// <summary>
/// Where attachments' bytes live: files in the data folder, shared by every instance that shares the
/// folder. Writing is safe to repeat and to race: the name is the content's hash.
/// </summary>
public interface IAttachmentStore
{
    Task<StoredFile> SaveAsync(Stream content, CancellationToken ct);

    /// <summary>The bytes of a stored file, or null when the store does not hold them.</summary>
    Stream? OpenRead(string sha256);

    /// <summary>Every stored file and when it was last written (or sent again), for <see cref="FileSweep"/>.</summary>
    IEnumerable<(string Sha256, DateTimeOffset WrittenAt)> List();

    void Delete(string sha256);
}

/// <summary>A file already in the store, on its way to a ticket, with the name and type its sender gave.</summary>
public sealed record NewAttachment(StoredFile File, string FileName, string ContentType);
