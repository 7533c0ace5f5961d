namespace Mesa.Core.Common;

/// <summary>
/// The texts of a record's form (problems, changes): trimmed, line breaks as "\n", required or not, never longer than
/// the column; and the note every step of a lifecycle asks for.
/// </summary>
public static class RecordText
{
    public const int NoteMaxLength = 4_000;

    public static string Note(string? note)
    {
        var text = note?.Trim();
        if (string.IsNullOrEmpty(text)) throw new InputException("note", Rules.NoteRequired);
        if (text.Length > NoteMaxLength) throw new InputException("note", Rules.TooLong, NoteMaxLength);
        return text;
    }

    public static string? Text(string field, string? value, int max, bool required)
    {
        var text = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(text))
            return required ? throw new InputException(field, Rules.Required) : null;
        if (text.Length > max) throw new InputException(field, Rules.TooLong, max);
        return text;
    }
}
