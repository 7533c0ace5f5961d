namespace Mesa.Core.Attachments;

/// <summary>
/// A file kept with a ticket ("Adjuntos", Guía §14 Información adicional): from the portal, the console, the API or
/// an e-mail. The bytes live in the <see cref="IAttachmentStore"/> under their SHA-256; the row says whose they are
/// and who may see them (a requester sees only published files). Never deleted, like the ticket.
/// </summary>
public sealed class Attachment
{
    public const int FileNameMaxLength = 255;
    public const int ContentTypeMaxLength = 200;

    private Attachment()
    {
    }

    internal Attachment(StoredFile file, string fileName, string contentType, bool published, Tickets.TicketAction? action,
        long addedById, DateTimeOffset at)
    {
        FileName = fileName;
        ContentType = contentType;
        Size = file.Size;
        Sha256 = file.Sha256;
        Published = published;
        Action = action;
        AddedById = addedById;
        AddedAt = at;
    }

    public long Id { get; private set; }

    public long TicketId { get; private set; }

    /// <summary>The action (a reply, a question…) the file came with, if any.</summary>
    public long? ActionId { get; private set; }

    public Tickets.TicketAction? Action { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>The store's key: the hex SHA-256 of the bytes.</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>Whether the requester and informed users see it in the portal.</summary>
    public bool Published { get; private set; }

    public long AddedById { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    /// <summary>A held mail accepted as the requester's reply publishes the files it brought.</summary>
    internal void Publish() => Published = true;
}
