using System.Text;
using CsvHelper;
using Mesa.Core.Common;

namespace Mesa.Core.Catalog.Import;

/// <summary>
/// A CSV file as Spanish spreadsheets and older desks write it: UTF-8 (with or without a byte order mark) or, when it
/// is not UTF-8, Windows-1252 (Excel's "CSV" on a Spanish Windows); ",", ";" or a tab between fields; headers matched
/// without regard to case or accents ("Categoria" is "Categoría").
/// </summary>
public sealed class ImportFile
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<(int Line, string[] Fields)> _rows;

    private ImportFile(Dictionary<string, int> columns, List<(int Line, string[] Fields)> rows)
    {
        _columns = columns;
        _rows = rows;
    }

    /// <summary>Largest file accepted: a catalogue is thousands of rows, not millions.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public IReadOnlyList<(int Line, string[] Fields)> Rows => _rows;

    /// <summary>
    /// Reads the file, or throws an <see cref="InputException"/> on the field "file" that says what is wrong with it
    /// as a whole: not UTF-8, not CSV, a required column missing, an unknown column.
    /// </summary>
    public static ImportFile Read(byte[] content, IReadOnlyList<string> required, IReadOnlyList<string> optional,
        int maxBytes = MaxBytes)
    {
        if (content.Length > maxBytes) throw new InputException("file", Rules.ImportTooLarge, maxBytes / 1024 / 1024);
        var text = Decode(content);

        if (string.IsNullOrWhiteSpace(text)) throw new InputException("file", Rules.ImportEmpty);
        try
        {
            using var csv = CsvReader.FromText(text, new CsvReaderOptions
            {
                TrimWhitespace = true,
                TrackLineNumbers = true,
                AllowLineBreaksInQuotes = true,
            });
            var columns = new Dictionary<string, int>();
            var known = required.Concat(optional).ToDictionary(Key, c => c);
            for (var i = 0; i < csv.Headers.Count; i++)
            {
                var header = csv.Headers[i];
                if (string.IsNullOrWhiteSpace(header)) continue;
                if (!known.TryGetValue(Key(header), out var column))
                    throw new InputException("file", Rules.ImportUnknownColumn, header, string.Join(", ", known.Values));
                columns[column] = i;
            }

            var missing = required.FirstOrDefault(c => !columns.ContainsKey(c));
            if (missing is not null) throw new InputException("file", Rules.ImportMissingColumn, missing);

            var rows = new List<(int, string[])>();
            while (csv.Read())
            {
                var fields = Enumerable.Range(0, csv.FieldCount).Select(i => InputText.Clean(csv.GetString(i) ?? "")).ToArray();
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(((int)csv.LineNumber, fields));
            }

            return new ImportFile(columns, rows);
        }
        catch (CsvFormatException error)
        {
            throw new InputException("file", Rules.ImportMalformed, error.LineNumber);
        }
    }

    /// <summary>The value of a column in a row, or null when the column is absent or the cell empty.</summary>
    public string? Value(string[] fields, string column) =>
        _columns.TryGetValue(column, out var index) && index < fields.Length && !string.IsNullOrWhiteSpace(fields[index])
            ? fields[index].Trim()
            : null;

    private static string Decode(byte[] content)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(content);
        }
    }

    private static string Key(string header) => SearchText.Fold(header).Trim();
}
