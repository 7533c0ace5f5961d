using System.Security.Cryptography;
using Mesa.Core.Attachments;

namespace Mesa.Infrastructure.Attachments;

/// <summary>
/// Attachments as files in the data folder: <c>attachments/ab/cd/abcd…</c>, named by their SHA-256.
/// A file is written beside its place and moved in only when complete, so a reader never sees half a file and two
/// instances writing the same bytes at once both succeed. Its write time is the application's clock, renewed when the
/// same bytes are sent again, so that the sweep of unreferenced files never takes one that is on its way to a ticket.
/// </summary>
public sealed class FileAttachmentStore(string dataDir, TimeProvider clock) : IAttachmentStore
{
    private readonly string _root = Path.Combine(dataDir, "attachments");

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken ct)
    {
        var incoming = Path.Combine(_root, "incoming");
        Directory.CreateDirectory(incoming);
        var temporary = Path.Combine(incoming, Guid.NewGuid().ToString("N"));
        string sha256;
        long size;
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }

                size = file.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var target = PathOf(sha256);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target)) File.Move(temporary, target, overwrite: true);
            File.SetLastWriteTimeUtc(target, clock.GetUtcNow().UtcDateTime);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }

        return new StoredFile(sha256, size);
    }

    public Stream? OpenRead(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower)) return null;
        var path = PathOf(sha256);
        return File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null;
    }

    public IEnumerable<(string Sha256, DateTimeOffset WrittenAt)> List()
    {
        if (!Directory.Exists(_root)) yield break;
        foreach (var path in Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            if (name.Length == 64 && name.All(char.IsAsciiHexDigitLower) && PathOf(name) == path)
                yield return (name, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));
        }
    }

    public void Delete(string sha256)
    {
        if (sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)) File.Delete(PathOf(sha256));
    }

    private string PathOf(string sha256) => Path.Combine(_root, sha256[..2], sha256[2..4], sha256);
}
